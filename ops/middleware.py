"""Refuse admin login attempts for an address and username that failed too often."""

from django.conf import settings
from django.shortcuts import render
from django.urls import reverse

from . import ratelimit


class LoginRateLimitMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method == "POST" and request.path_info == reverse("wagtailadmin_login"):
            username = request.POST.get("username", "")
            if ratelimit.is_locked(request, username):
                response = render(
                    request,
                    "ops/login_locked.html",
                    {"minutes": settings.LOGIN_LOCKOUT_SECONDS // 60},
                    status=429,
                )
                response["Retry-After"] = str(settings.LOGIN_LOCKOUT_SECONDS)
                return response
        return self.get_response(request)
