"""The Python side of run.mjs: one node process per engine, kept for the whole test session.

pytest sends a flow's name on the runner's standard input and reads one JSON line back
(see run.mjs). The runner's own messages go to runner.log in its output folder.
"""

from __future__ import annotations

import json
import os
import queue
import signal
import subprocess
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RUN = Path(__file__).resolve().parent / "run.mjs"
ENGINES = ("firefox", "webkit")
# A hard stop for one flow; run.mjs gives every single wait its own, much shorter, deadline.
FLOW_TIMEOUT = 600


class FlowRunner:
    """run.mjs for one engine, started on first use and again if it stopped."""

    def __init__(self, engine: str, base: str, course: Path, out: Path):
        self.engine, self.base, self.course, self.out = engine, base, course, out
        self.process = None
        self.lines: queue.Queue = queue.Queue()

    def _start(self) -> None:
        self.lines = queue.Queue()
        with open(self.out / "runner.log", "a", encoding="utf-8") as log:
            self.process = subprocess.Popen(
                ["node", str(RUN), "--engine", self.engine, "--base", self.base, "--course", str(self.course),
                 "--out", str(self.out)],
                stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=log, text=True, cwd=ROOT,
                start_new_session=True)
        threading.Thread(target=self._read, args=(self.process, self.lines), daemon=True).start()

    @staticmethod
    def _read(process, lines: queue.Queue) -> None:
        for line in process.stdout:
            lines.put(line)
        lines.put(None)

    def run(self, flow: str) -> dict:
        """Run one flow and return its result (see run.mjs)."""
        if self.process is None or self.process.poll() is not None:
            self._start()
        self.process.stdin.write(flow + "\n")
        self.process.stdin.flush()
        try:
            line = self.lines.get(timeout=FLOW_TIMEOUT)
        except queue.Empty:
            self.stop()
            return self._broken(flow, f"the flow did not finish within {FLOW_TIMEOUT} s")
        if line is None:
            return self._broken(flow, f"run.mjs stopped (exit code {self.process.wait()})")
        return json.loads(line)

    def _broken(self, flow: str, why: str) -> dict:
        tail = (self.out / "runner.log").read_text(encoding="utf-8", errors="replace")[-3000:]
        return {"flow": flow, "engine": self.engine, "ok": False, "failure": f"{why}; runner.log ends:\n{tail}",
                "log": [], "problems": {"errors": [], "csp": []}, "seconds": None}

    def stop(self) -> None:
        """Let run.mjs close its browser; end its process group if it does not within a minute."""
        if self.process is None or self.process.poll() is not None:
            return
        self.process.stdin.close()
        try:
            self.process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()


def report(result: dict) -> str:
    """A failed flow in words: the step that failed, then the whole log."""
    browser = f" ({result['browser']})" if result.get("browser") else ""
    lines = [f"{result['engine']}{browser}: flow '{result['flow']}' failed: {result['failure']}", *result.get("log", [])]
    return "\n".join(lines)
