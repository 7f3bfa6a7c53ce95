"""Spaces for tests: the spaces app's factories (``spaces/factories.py``), re-exported."""

from spaces.factories import SpacePageFactory

__all__ = ["SpacePageFactory"]
