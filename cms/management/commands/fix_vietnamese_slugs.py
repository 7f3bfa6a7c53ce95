"""Rename the slugs the admin mangled from Vietnamese titles; the old URLs redirect.

``djem-hat-xm-ti-th-nam`` (what the admin's slug field proposed for "Đêm hát xẩm tối Thứ
Năm" before it folded Vietnamese letters) or ``em-hat-xam-...`` (Django's slugify) becomes
``dem-hat-xam-toi-thu-nam``. Only slugs that are exactly such a mangling of the page's
own title are touched: a slug an editor chose stays. Saving the new slug makes Wagtail
create a redirect from every old URL of the page and of the pages under it
(``wagtail.contrib.redirects``). Run once after deploying; running it again changes
nothing.
"""

from django.core.management.base import BaseCommand
from django.db import transaction

from cms.slugs import rename_mangled_slugs


class Command(BaseCommand):
    help = "Rename slugs mangled from Vietnamese titles (old URLs redirect)."

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="List, change nothing.")

    def handle(self, *args, dry_run=False, **options):
        with transaction.atomic():
            renamed = rename_mangled_slugs(dry_run=dry_run)
        for page, old, new in renamed:
            self.stdout.write(f"{page.url_path}: {old} -> {new}")
        verb = "would rename" if dry_run else "renamed"
        self.stdout.write(f"{verb} {len(renamed)} slug(s)")
