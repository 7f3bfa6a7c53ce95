"""Django's PostgreSQL backend, reading ``timestamptz`` with psycopg's compiled loader.

Django 5.2 registers its own ``timestamptz`` loader, a subclass of psycopg's pure-Python
one (Django ticket #36960), so every date and time read from PostgreSQL is parsed in
Python even when ``psycopg[binary]`` is installed, which dominates reading many pages with
their dates (bench/README.md).
This backend is Django's, with a loader that calls the compiled one and then does what
Django's does (sets the connection's time zone on the result).
"""
