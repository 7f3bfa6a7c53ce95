"""The production WSGI application, plus the uploaded media, for bench_lighthouse.py only.

In production the media come from object storage or the front web server; Lighthouse on
one machine needs them from the same origin, so WhiteNoise serves MEDIA_ROOT here
(autorefresh: renditions are made while the pages are first requested).
"""

from django.conf import settings
from whitenoise import WhiteNoise

from hanoi.wsgi import application as site

application = WhiteNoise(site, autorefresh=True)
application.add_files(str(settings.MEDIA_ROOT), prefix=settings.MEDIA_URL)
