from modelsearch.backends.elasticsearch7 import Elasticsearch7SearchBackend

from . import tiered

SearchBackend = tiered(Elasticsearch7SearchBackend)
