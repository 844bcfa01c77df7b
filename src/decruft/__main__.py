"""``python -m decruft``: the same as the ``decruft`` command."""

from decruft.cli import run

if __name__ == "__main__":
    run()
