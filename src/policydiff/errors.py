"""The project's errors. ``str(error)`` is the one line a user sees: what is wrong and what to do."""

from __future__ import annotations


class PolicydiffError(Exception):
    """Base of every error policydiff reports to the user (exit status 2)."""

    def __init__(self, problem: str, fix: str = "") -> None:
        super().__init__(problem)
        self.problem = problem
        self.fix = fix

    def __reduce__(self):  # keep both parts across process boundaries (batch workers)
        return (self.__class__, (self.problem, self.fix))

    def __str__(self) -> str:
        return f"{self.problem} — {self.fix}" if self.fix else self.problem


class InputError(PolicydiffError):
    """A document or data file that cannot be read or understood."""


class OutputError(PolicydiffError):
    """An output that cannot be written."""


class ReaderGone(Exception):
    """Standard output's reader went away (``… | head``): not an error, the run just stops."""
