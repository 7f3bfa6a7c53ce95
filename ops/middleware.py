"""Refuse password reset requests from an address, or for an e-mail, that asked too often.

Each request for a reset link sends an e-mail: without a limit, anyone could flood an
inbox (or our mail server's reputation). Counted per client network and per e-mail
address typed (whether or not an account has it, so the answer tells nothing about
accounts), through the one limiter (``ops.limits``).
"""

from django.conf import settings
from django.shortcuts import render

from . import limits

PASSWORD_RESET_VIEWS = {"wagtailadmin_password_reset"}


class PasswordResetLimitMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        if request.method != "POST" or match is None or match.url_name not in PASSWORD_RESET_VIEWS:
            return None
        email = request.POST.get("email", "")
        by_address = limits.exceeded(request, "password-reset", settings.PASSWORD_RESET_RATE_LIMIT)
        by_email = limits.exceeded(
            request, "password-reset-email", settings.PASSWORD_RESET_EMAIL_RATE_LIMIT, key=email
        )
        if not (by_address or by_email):
            return None
        seconds = max(
            settings.PASSWORD_RESET_RATE_LIMIT[1], settings.PASSWORD_RESET_EMAIL_RATE_LIMIT[1]
        )
        response = render(
            request, "ops/password_reset_limited.html", {"minutes": seconds // 60}, status=429
        )
        response["Retry-After"] = str(seconds)
        return response
