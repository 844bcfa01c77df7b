"""decruft inside other tools' pipelines.

Each integration is a module of its own that imports its tool only when it
is imported itself: ``import decruft`` never needs them. Install a tool
with its extra, e.g. ``pip install 'decruft[datatrove]'``.
"""
