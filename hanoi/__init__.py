"""The project: settings, URLs, WSGI, the API router and what runs the site."""
