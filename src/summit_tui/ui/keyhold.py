"""Keys typed right after a key that moves focus go where the user meant.

Textual hands each key to the widget focused when the key is taken from the App's
queue, and most keys act later (the focused widget's binding runs when the key has
bubbled back to the App, a screen is mounted a few messages on, ``focus()`` is
deferred). So ``/`` typed with ``nex`` at once (a fast typist, a paste, a busy
machine) gave ``nex`` to the tree, where ``e`` exports, instead of to the search field.

After a key whose binding moves focus (``OPENERS``: it opens a screen or an editor, or
switches panes; tab or shift+tab out of a field, so ``nice`` tab ``ml`` puts ``ml`` in the
next field, not in the comment), the keys that follow are held, in order, until focus has moved (or
the opener said why it could not act, or ``HOLD_SECONDS`` passed), and then handed on
as if typed again, to the widget focused now.

A key that edits a field through one of the field's bindings (backspace, the arrows,
ctrl+u) acts only once it has come back up to the App, after the letters typed behind it
went straight into the field: ``b a backspace c`` typed at once gave ``ba``. After such a
key, the keys that follow are held until it has acted (``EDIT_HOLD_SECONDS`` at most).

A key bound with priority (ctrl+s saves the editor, ctrl+q quits) acts as soon as the
App takes it, while the letters typed before it may still wait in the field's own queue:
``nice`` tab ``ml`` ctrl+s at once saved the comment without its tags, or nothing. What
such a key reads from a field it reads after ``caught_up``: once the field has handled
every key handed to it before.

Keys typed before the first frame (``summit-tui`` then ``/`` and a word at once: the
terminal keeps them while Python starts) are held the same way, until the App says it
has started (the tree is focused and the notes are loading), and then replayed: before,
``/`` found no notes loading yet ("Search needs notes") and the word went to the tree.
"""

from __future__ import annotations

import asyncio
from collections import deque
from collections.abc import Iterable

from textual import events
from textual.app import App
from textual.message_pump import MessagePump
from textual.timer import Timer
from textual.widgets import Input, TextArea

# Binding ids whose action moves focus to another widget or screen.
OPENERS = frozenset(
    {
        "search",  # / in the browse screen
        "compare.search",
        "search.open",  # enter on a result: the reader
        "app.annotate",
        "compare.annotate",
        "annotations.edit",
        "annotations.jump",
        "app.annotations",
        "app.problems",
        "app.help",
        "app.compare",
        "compare.pick_authors",
        "nav.read",  # enter on an item: the reader
        "browse.switch_pane",
        "browse.switch_back",
        "compare.next_column",
        "compare.prev_column",
    }
)
# Actions of tab / shift+tab: out of a field they move focus to the next field, but only
# once the key has bubbled up, after the letters typed behind it went into the old one.
FOCUS_MOVES = frozenset({"focus_next", "focus_previous", "app.focus_next", "app.focus_previous"})
HOLD_SECONDS = 1.0  # at most: an opener that neither moves focus nor says why
EDIT_HOLD_SECONDS = 0.25  # at most: a field's key that a screen stops on its way up
CATCH_UP_SECONDS = 2.0  # at most: a field that does not answer is read as it is then


async def caught_up(*fields: MessagePump) -> None:
    """Until each field has handled every message (the keys typed into it) posted to it
    before now: a call queued behind them tells when. A closed field has none to handle."""
    waits: list[asyncio.Task[bool]] = []
    for field in fields:
        done = asyncio.Event()
        if field.call_later(done.set):
            waits.append(asyncio.create_task(done.wait()))
    if not waits:
        return
    _, late = await asyncio.wait(waits, timeout=CATCH_UP_SECONDS)
    for task in late:
        task.cancel()


class KeyHold:
    """The keys held after an opener, for one App (see the module docstring)."""

    def __init__(self, app: App, openers: frozenset[str] = OPENERS) -> None:
        self._app = app
        self._openers = openers
        self._held: list[events.Key] | None = []  # from the start: until started()
        self._replayed: deque[events.Key] = deque()  # handed on, not yet come round
        self._late: list[events.Key] = []  # typed while the replayed ones come round
        self._starting = True
        self._awaiting: events.Key | None = None  # a field's key, until it has acted
        self._timer: Timer | None = None

    @property
    def holding(self) -> bool:
        return self._held is not None

    def take(self, event: events.Key) -> bool:
        """Called for each key the App receives: True when it is held (the App then
        does nothing more with it); an opener starts holding the keys after it."""
        if self._replayed:
            if event is not self._replayed[0]:
                # Typed while the held keys were on their way back round the App's
                # queue: it comes after them, not before (ctrl+s before the tags).
                self._late.append(event)
                return True
            self._replayed.popleft()
            held = self._take(event)
            if not self._replayed and self._late:
                late, self._late = self._late, []
                if self._held is not None:
                    self._held.extend(late)
                else:
                    self._hand_on(late)
            return held
        return self._take(event)

    def _take(self, event: events.Key) -> bool:
        if self._held is not None:
            self._held.append(event)
            return True
        if self._opens(event):
            self._held = []
            self._timer = self._app.set_timer(HOLD_SECONDS, self.release)
        elif self._edits_later(event):
            self._held = []
            self._awaiting = event
            self._timer = self._app.set_timer(EDIT_HOLD_SECONDS, self.release)
        return False

    def came_back(self, event: events.Key) -> None:
        """Called once the App has handled a key that came back up from the focused
        widget: a field's key that was waited for has acted, so the keys after it go on."""
        if event is self._awaiting:
            self.release()

    def started(self) -> None:
        """The App is ready for keys (its first frame is up and the notes are loading):
        replay the keys typed before it, which may open something and be held again."""
        self._starting = False
        self.release()

    def release(self) -> None:
        """Focus has moved (or the opener said why not): hand the held keys on, in order
        (nothing when none are held). Before the App has started, nothing moves on: a
        message shown while starting is no answer to a key."""
        if self._starting:
            return
        held, self._held = self._held, None
        self._awaiting = None
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
        if self._replayed:  # keys replayed earlier are still on their way: these follow
            self._late[:0] = held or ()
        else:
            self._hand_on(held or ())

    def _hand_on(self, keys: Iterable[events.Key]) -> None:
        """Post the keys to the App again, as if typed now; until they have come round,
        keys typed meanwhile wait behind them."""
        for event in keys:
            again = events.Key(event.key, event.character)
            if self._app.post_message(again):  # not when the App is closing
                self._replayed.append(again)

    def _edits_later(self, event: events.Key) -> bool:
        """A key the focused field acts on by a binding of its own (not typed text)."""
        focused = self._app.focused
        if event.is_printable or not isinstance(focused, Input | TextArea):
            return False
        bindings = focused._bindings.key_to_bindings.get(event.key, ())
        return any(not binding.priority for binding in bindings)

    def _opens(self, event: events.Key) -> bool:
        app = self._app
        if event.is_printable and isinstance(app.focused, Input | TextArea):
            return False  # typed into a field: a letter, not a key that opens anything
        try:
            screen = app.screen
        except Exception:  # no screen yet (the first frame)
            return False
        active = screen.active_bindings.get(event.key)
        if active is None or not active.enabled:
            return False
        if active.binding.id in self._openers:
            return True
        if active.binding.action in FOCUS_MOVES and isinstance(app.focused, Input | TextArea):
            return True  # tab out of a field: what follows belongs to the next one
        # enter in a field submits it, and the screen acts as its own enter would (the
        # search field's enter opens the result).
        if event.key != "enter" or not isinstance(active.node, Input):
            return False
        own = screen._bindings.key_to_bindings.get("enter", ())
        return any(binding.id in self._openers for binding in own)
