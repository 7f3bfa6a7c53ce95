"""Django's PostgreSQL backend, reading ``timestamptz`` with psycopg's compiled loader.

Django 5.2 registers its own ``timestamptz`` loader, a subclass of psycopg's pure-Python
one (Django ticket #36960), so every date and time read from PostgreSQL is parsed in
Python even when ``psycopg[binary]`` is installed: about 7 µs a value, some 280 ms of the
350 ms it took to read the 20,000 pages of the full-size network with their two dates.
This backend is Django's, with a loader that calls the compiled one and then does what
Django's does (sets the connection's time zone on the result).
"""
