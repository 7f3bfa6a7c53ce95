from modelsearch.backends.elasticsearch9 import Elasticsearch9SearchBackend

from . import tiered

SearchBackend = tiered(Elasticsearch9SearchBackend)
