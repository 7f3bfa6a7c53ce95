"""What one request reads once and several parts of its page share."""


def per_request(request, name):
    """A dict kept on ``request`` as ``name``: empty the first time, the same dict after.

    Without a request (a test, a management command) each call gets a fresh dict, so
    nothing is shared and nothing outlives the caller.
    """
    if request is None:
        return {}
    memo = getattr(request, name, None)
    if memo is None:
        memo = {}
        setattr(request, name, memo)
    return memo
