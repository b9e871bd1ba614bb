"""Run crosscheck as ``python -m checker``."""

from checker.cli import main

main()
