"""``python -m embargo``: the same as the ``embargo`` command."""

from embargo.cli import main

if __name__ == "__main__":
    main()
