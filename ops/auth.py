"""django-axes' backend, for sign-ins that come with a request.

Axes refuses ``authenticate()`` calls without a request (it has no address to count).
Those are not sign-ins from the web (management commands, the test client's ``login``):
they are left to the next backend uncounted, as nobody can try passwords through them.
"""

from axes.backends import AxesStandaloneBackend


class LoginLockoutBackend(AxesStandaloneBackend):
    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)
