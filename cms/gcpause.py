"""Pausing Python's cyclic garbage collector while a large, acyclic result is built.

Building the translation status of a large network makes a great many dicts and rows
that reference each other only downward. Each collection the allocations trigger
walks all of them again, growing as the result grows; none of it is garbage. Reference
counting still frees everything as usual; cycles made meanwhile are collected at the
next collection after the pause.
"""

import functools
import gc
from contextlib import contextmanager


@contextmanager
def paused():
    """No cyclic collection inside; collection as before after (if it was on)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def without_collection(function):
    """``function`` run inside :func:`paused`."""

    @functools.wraps(function)
    def wrapper(*args, **kwargs):
        with paused():
            return function(*args, **kwargs)

    return wrapper
