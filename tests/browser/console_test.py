#!/usr/bin/env python3
"""The web console in a real browser: Debian's chromium, driven by Playwright,
against the real server (started by tests/api/console_browser.rs, which passes
its address and client token; it requires client auth and resume tokens, and
allows 7 messages a minute, so the 8th is answered RATE_LIMITED with a fallback).

The page is loaded through a small TCP relay (`Relay`) so the test can cut the
connection the way a network drop does. Every wait is on observable state (an
attribute, a count of elements, a WebSocket opened), never a sleep. Steps:
load, a refused connection without the token, connect, play a sample, cards
with chips and a source badge, the closing meter, the keyboard (Enter sends,
Alt+S switches the speaker), an error card in words with its fallback, an
answer lost with a cut connection, which reconnects, resumes the same session
(resume token and last_seq sent) and gets the lost answer again, no CSP error,
axe-core with no serious or critical violation at laptop and phone width, and
screenshots.

    console_test.py --server 127.0.0.1:8000 --token KEY --chromium /usr/bin/chromium \
        --axe path/to/axe.min.js --screenshots target/console-screenshots
"""

import argparse
import asyncio
import re
import sys
import threading
from pathlib import Path

from playwright.sync_api import expect, sync_playwright

LAPTOP = {"width": 1280, "height": 800}
PHONE = {"width": 390, "height": 844}
WAIT_MS = 15000
SAMPLE = "en-sales-competitor.jsonl"
SAMPLE_LINES = 7
BLOCKING_IMPACTS = ("serious", "critical")


class Relay:
    """A TCP relay in front of the server. `freeze()` drops what the server
    sends (an answer lost on the wire; `dropped` is set once something was),
    `cut()` aborts every connection, as a network drop would."""

    def __init__(self, host, port):
        self.target = (host, port)
        self.loop = asyncio.new_event_loop()
        self.writers = set()
        self.port = None
        self.frozen = False
        self.dropped = threading.Event()

    def start(self):
        ready = threading.Event()

        def run():
            asyncio.set_event_loop(self.loop)
            server = self.loop.run_until_complete(
                asyncio.start_server(self.relay, "127.0.0.1", 0))
            self.port = server.sockets[0].getsockname()[1]
            ready.set()
            self.loop.run_forever()

        threading.Thread(target=run, daemon=True).start()
        ready.wait()

    async def relay(self, reader, writer):
        try:
            upstream_reader, upstream_writer = await asyncio.open_connection(*self.target)
        except OSError:
            writer.close()
            return
        pair = {writer, upstream_writer}
        self.writers |= pair
        await asyncio.gather(
            self.pipe(reader, upstream_writer, downstream=False),
            self.pipe(upstream_reader, writer, downstream=True))
        self.writers -= pair

    async def pipe(self, reader, writer, downstream):
        try:
            while data := await reader.read(65536):
                if downstream and self.frozen:
                    self.dropped.set()
                    continue
                writer.write(data)
                await writer.drain()
        except (ConnectionError, OSError):
            pass
        finally:
            writer.close()

    def freeze(self):
        """From now on, what the server sends is dropped, until `cut()`."""
        self.dropped.clear()
        self.frozen = True

    def cut(self):
        """Aborts every relayed connection; new ones are relayed both ways."""
        def abort_all():
            for writer in list(self.writers):
                writer.transport.abort()
            self.frozen = False
        self.loop.call_soon_threadsafe(abort_all)


def step(name):
    print(f"ok: {name}", flush=True)


class Watch:
    """What the page says on its console, and the WebSockets it opens."""

    def __init__(self, page):
        self.errors = []
        self.sockets = []
        page.on("console", self.on_console)
        page.on("pageerror", lambda error: self.errors.append(f"uncaught: {error}"))
        page.on("websocket", lambda socket: self.sockets.append(socket.url))

    def on_console(self, message):
        if message.type != "error":
            return
        # A refused or cut WebSocket is logged by the browser; both are on purpose here.
        if "WebSocket connection" in message.text:
            return
        self.errors.append(message.text)


def load(page, url):
    response = page.goto(url)
    headers = response.headers
    assert "connect-src 'self'" in headers["content-security-policy"], headers
    assert headers["x-content-type-options"] == "nosniff", headers
    expect(page.locator("#connection-state")).to_have_attribute("data-state", "disconnected")
    expect(page.locator("#token-field")).to_be_visible()
    expect(page.locator("#sample option")).not_to_have_count(0)
    step("the page loads with its security headers, the token field and the samples")


def connect(page, watch, token):
    page.click("#connect")
    expect(page.locator("#connection-state")).to_have_attribute("data-state", "failed")
    step("without the token the server refuses, and the page says so")
    page.fill("#token", token)
    page.click("#connect")
    expect(page.locator("#connection-state")).to_have_attribute("data-state", "connected")
    expect(page.locator("#session-resumed")).to_have_attribute("data-resumed", "false")
    session = page.locator("#session-id").inner_text()
    assert re.fullmatch(r"[0-9a-f-]{36}", session), session
    assert watch.sockets and "token=" in watch.sockets[-1], watch.sockets
    step(f"connected to a new session {session}")
    return session


def play_sample(page):
    meter = page.locator("#closing-meter")
    expect(meter).to_have_attribute("aria-valuenow", "0")
    page.select_option("#sample", SAMPLE)
    page.select_option("#speed", "10")
    page.click("#play")
    cards = page.locator("#cards .card")
    expect(cards).to_have_count(SAMPLE_LINES)
    expect(page.locator("#transcript .entry")).to_have_count(SAMPLE_LINES)
    expect(page.locator("#player-status")).to_have_text("Played to the end.")
    step(f"the sample plays: {SAMPLE_LINES} messages, {SAMPLE_LINES} cards")
    assert page.locator("#cards .chip[data-signal]").count() > 0, "signal chips"
    expect(page.locator("#cards .badge-local").first).to_have_text("Local")
    for href in page.locator("#cards .answers").evaluate_all("links => links.map(a => a.hash)"):
        assert page.locator(href).count() == 1, f"the card's message {href} is in the transcript"
    step("cards carry questions, signal chips, a source badge, and link to their message")
    expect(meter).not_to_have_attribute("aria-valuenow", "0")
    percent = int(meter.get_attribute("aria-valuenow"))
    assert percent >= 70, percent
    expect(page.locator("#cards .badge-closing")).to_have_count(1)
    step(f"the closing utterance moves the closing meter to {percent}%")


def type_as_agent(page, text, seq):
    box = page.locator("#utterance")
    box.focus()
    page.keyboard.press("Alt+KeyS")
    expect(page.locator("input[name=speaker][value=agent]")).to_be_checked()
    box.fill(text)
    page.keyboard.press("Enter")
    expect(page.locator("#transcript .entry").last).to_have_class(re.compile("entry-agent"))
    expect(page.locator(f"#card-{seq}")).to_have_count(1)
    page.keyboard.press("Alt+KeyS")
    expect(page.locator("input[name=speaker][value=client]")).to_be_checked()
    step("keyboard only: Alt+S switches the speaker, Enter sends, the answer arrives")


def error_card(page, seq):
    card = page.locator(f"#card-{seq}")
    expect(card).to_have_attribute("data-kind", "error")
    expect(card.locator(".error-words")).to_contain_text("Too many messages this minute")
    expect(card.locator(".badge-fallback")).to_have_text("Fallback")
    assert card.locator(".questions li").count() >= 2, "the fallback's questions"
    expect(page.locator(f"#transcript [data-seq='{seq}'] .status")).to_have_text("error, fallback shown")
    step(f"message #{seq} is rate limited: the card says so in words and shows the fallback")


def lose_an_answer_and_resume(page, watch, relay, session, seq):
    relay.freeze()
    page.fill("#utterance", "Great, thank you, we are ready to sign.")
    page.keyboard.press("Enter")
    assert relay.dropped.wait(WAIT_MS / 1000), f"the server answered message #{seq}"
    expect(page.locator("#transcript .entry .status").last).to_have_text("waiting for an answer")
    opened = len(watch.sockets)
    relay.cut()
    expect(page.locator("#connection-state")).not_to_have_attribute("data-state", "connected")
    step(f"the answer to message #{seq} is lost with a cut connection, and the page shows the cut")
    expect(page.locator("#connection-state")).to_have_attribute("data-state", "connected")
    assert len(watch.sockets) > opened, watch.sockets
    expect(page.locator("#session-id")).to_have_text(session)
    expect(page.locator("#session-resumed")).to_have_attribute("data-resumed", "true")
    url = watch.sockets[-1]
    for part in (f"session_id={session}", "resume_token=", f"last_seq={seq - 1}"):
        assert part in url, f"{part} in {url}"
    step(f"it reconnects by itself and resumes session {session} (resume token, last_seq={seq - 1})")
    expect(page.locator(f"#card-{seq}")).to_have_count(1)
    expect(page.locator(f"#transcript [data-seq='{seq}']")).to_have_count(1)
    step(f"the lost answer to #{seq} is replayed on the resume and tied to its message")


def run_axe(page, axe_source, width_name):
    page.evaluate(axe_source)
    results = page.evaluate("() => axe.run(document, { resultTypes: ['violations'] })")
    blocking = []
    for violation in results["violations"]:
        nodes = [node["target"] for node in violation["nodes"]]
        print(f"axe ({width_name}): {violation['impact']} {violation['id']}: {violation['help']} {nodes}")
        if violation["impact"] in BLOCKING_IMPACTS:
            blocking.append(violation["id"])
    assert not blocking, f"axe-core: serious or critical violations at {width_name} width: {blocking}"
    step(f"axe-core finds no serious or critical violation at {width_name} width")


def screenshots(page, axe_source, folder):
    folder.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(folder / "console-laptop.png"))
    page.set_viewport_size(PHONE)
    expect(page.locator("#samples")).not_to_have_attribute("open", "")
    run_axe(page, axe_source, "phone")
    page.screenshot(path=str(folder / "console-phone.png"))
    page.screenshot(path=str(folder / "console-phone-full.png"), full_page=True)
    page.locator("#suggestions-title").scroll_into_view_if_needed()
    page.screenshot(path=str(folder / "console-phone-suggestions.png"))
    step(f"screenshots saved in {folder}")


def run(args):
    host, port = args.server.rsplit(":", 1)
    relay = Relay(host, int(port))
    relay.start()
    axe_source = Path(args.axe).read_text()
    expect.set_options(timeout=WAIT_MS)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=args.chromium)
        page = browser.new_page(viewport=LAPTOP)
        watch = Watch(page)
        load(page, f"http://127.0.0.1:{relay.port}/")
        session = connect(page, watch, args.token)
        play_sample(page)
        type_as_agent(page, "Let me send you the order form right now.", SAMPLE_LINES + 1)
        error_card(page, SAMPLE_LINES + 1)
        lose_an_answer_and_resume(page, watch, relay, session, SAMPLE_LINES + 2)
        page.fill("#utterance", "Who should receive the agreement?")
        page.keyboard.press("Enter")
        expect(page.locator(f"#card-{SAMPLE_LINES + 3}")).to_have_count(1)
        step("the resumed session goes on numbering its messages")
        run_axe(page, axe_source, "laptop")
        screenshots(page, axe_source, Path(args.screenshots))
        browser.close()
    assert not watch.errors, f"errors on the page's console: {watch.errors}"
    step("no error on the page's console (no CSP violation, no uncaught exception)")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--server", required=True, help="host:port of the running server")
    parser.add_argument("--token", required=True, help="a client key the server accepts")
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    parser.add_argument("--axe", required=True, help="path of axe.min.js (npm axe-core)")
    parser.add_argument("--screenshots", required=True, help="folder for the screenshots")
    try:
        run(parser.parse_args())
    except AssertionError as error:
        print(f"FAILED: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
