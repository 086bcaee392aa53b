#!/usr/bin/env python3
"""Lab emulator of the APC / Schneider Electric Network Management Card 2/3 command line (stdlib only).

OpenSSH's sshd runs it as the ForceCommand of a lab device: `nmc-cli.py --state <file>` (or NMC_LAB_STATE=<file>).
It answers as the reference facts say (shared/reference/rest-ssh-apis.md §7, addendum §2):
banner up to the first `apc>` prompt, one result code line first (`E000: Success`, `E101: Command Not Found`,
`E102: Parameter Error`), `smtp` read-out with `:` + TAB separators and the password masked, `smtp -s/-p/-f/-a/-u/-w/
-e/-c/-i`, `email -g[n]/-t[n]/-o[n]/-l[n]/-r[n]` for recipients 1-4, `exit`/`quit`/`bye`.
The layout of `email` with no options is Unverified on real cards; this one is the lab's (NmcAssumptions in the driver).

The state is a JSON file (NmcLabState in Provisioner.Lab), re-read before every command so tests can change it
out of band and stage faults: faults.reject (field names such as "smtp -s", "email -t" → E102, nothing stored),
faults.lose (E000 but nothing stored), faults.silent (no output at all; reads stdin until the client goes away),
faults.pager (the `?` help listing is paginated with --More--), faults.dropAfterWrites (the session ends without a
result code right after that many write commands of this session were stored; with faults.dropOnce the emulator clears
both when it drops), faults.delayMs (slowness: the banner and every answer wait that long). Every write is appended to
"writes", password masked.
"""
import json
import os
import re
import sys
import tempfile
import termios
import time
import tty

ESC = "\x1b"
EMAIL = re.compile(r"^[^@\s\"]+@[^@\s\"]+$")
IPV4 = re.compile(r"^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$")
HOST = re.compile(r"^[A-Za-z0-9]([A-Za-z0-9.-]{0,62})$")
ENCRYPTION = ("none", "ifavail", "always", "implicit")
FLAG = ("enable", "disable")


def state_path():
    args = sys.argv[1:]
    if len(args) >= 2 and args[0] == "--state":
        return args[1]
    return os.environ.get("NMC_LAB_STATE", "")


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def save(path, state):
    folder = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(prefix=".nmc-", dir=folder)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        json.dump(state, f, indent=2)
    os.replace(tmp, path)


class Terminal:
    """Reads lines as the card does: a pty's line discipline echoes; on plain pipes Enter is CR and the CLI echoes."""

    def __init__(self):
        self.tty = os.isatty(0)

    def write(self, text):
        os.write(1, text.replace("\n", "\r\n").encode("utf-8") if not self.tty else text.encode("utf-8"))

    def read_line(self):
        data = bytearray()
        while True:
            b = os.read(0, 1)
            if not b:
                return None
            if b in (b"\r", b"\n"):
                if not data and b == b"\n":
                    continue
                break
            data += b
        line = data.decode("utf-8", "replace")
        if not self.tty:
            self.write(line + "\n")
        return line

    def pager(self, prompt):
        """Shows a pager prompt and waits for one key without Enter. On a pty the line discipline is put in cbreak mode
        (no echo) before the prompt is shown, without flushing, so a reply that arrives at once is not lost."""
        if not self.tty:
            self.write(prompt)
            return os.read(0, 1)
        saved = termios.tcgetattr(0)
        try:
            tty.setcbreak(0, termios.TCSANOW)
            self.write(prompt)
            return os.read(0, 1)
        finally:
            termios.tcsetattr(0, termios.TCSANOW, saved)


def hang():
    while os.read(0, 1024):
        pass
    sys.exit(0)


def tokens(line):
    """Splits a command line; double quotes group words (Unverified quoting on real cards)."""
    out, cur, quoted, had = [], [], False, False
    for ch in line:
        if ch == '"':
            quoted, had = not quoted, True
        elif ch in " \t" and not quoted:
            if cur or had:
                out.append("".join(cur))
            cur, had = [], False
        else:
            cur.append(ch)
    if cur or had:
        out.append("".join(cur))
    return out


def smtp_readout(s):
    pw = "<not set>" if not s["password"] else "*" * 8
    cert = s["certFile"] if s["certFile"] else "<n/a>"
    rows = [("From", s["from"]), ("Server", s["server"]), ("Port", str(s["port"])), ("Auth", s["auth"] + "d"),
            ("User", s["user"]), ("Password", pw), ("Encryption", s["encryption"]), ("Req. Cert", s["reqCert"] + "d"),
            ("Cert File", cert)]
    return "E000: Success\n\n" + "".join("  %s: \t%s\n" % r for r in rows)


def email_readout(recipients):
    text = "E000: Success\n\n"
    for n, r in enumerate(recipients, 1):
        text += "Recipient: %d\n" % n
        rows = [("Generation", r["generation"] + "d"), ("Address", r["to"]), ("Format", r["format"]),
                ("Language", r["language"]), ("Route", r["route"])]
        text += "".join("  %s: \t%s\n" % row for row in rows) + "\n"
    return text


def valid_host(v):
    m = IPV4.match(v)
    if m:
        return all(int(g) <= 255 for g in m.groups())
    return bool(HOST.match(v)) and not v.replace(".", "").isdigit()


SMTP_OPTIONS = {
    "-s": ("server", valid_host),
    "-p": ("port", lambda v: v.isdigit() and 1 <= int(v) <= 65535),
    "-f": ("from", lambda v: bool(EMAIL.match(v)) and len(v) <= 64),
    "-a": ("auth", lambda v: v in FLAG),
    "-u": ("user", lambda v: len(v) <= 64),
    "-w": ("password", lambda v: len(v) <= 64),
    "-e": ("encryption", lambda v: v in ENCRYPTION),
    "-c": ("reqCert", lambda v: v in FLAG),
    "-i": ("certFile", lambda v: len(v) <= 64),
}

EMAIL_OPTIONS = {
    "-g": ("generation", lambda v: v in FLAG),
    "-t": ("to", lambda v: v == "" or (bool(EMAIL.match(v)) and len(v) <= 64)),
    "-o": ("format", lambda v: v in ("long", "short")),
    "-l": ("language", lambda v: bool(re.match(r"^[a-z]{2}[A-Z]{2}$", v))),
    "-r": ("route", lambda v: v in ("local", "recipient", "custom")),
}


def apply_writes(state, command, pairs):
    """Validates every option first (the card refuses the whole line on a parameter error), then stores."""
    faults = state.get("faults", {})
    for name, _slot, field, value, check in pairs:
        if name in faults.get("reject", []) or not check(value):
            log(state, command, name, _slot, value, False)
            return "E102: Parameter Error\n"
    for name, slot, field, value, _check in pairs:
        stored = name not in faults.get("lose", [])
        log(state, command, name, slot, value, stored)
        if not stored:
            continue
        target = state["smtp"] if command == "smtp" else state["recipients"][slot - 1]
        if field == "port":
            target[field] = int(value)
        else:
            target[field] = value
    return "E000: Success\n"


def log(state, command, name, slot, value, stored):
    shown = "********" if name == "smtp -w" else value
    state.setdefault("writes", []).append({"command": command, "field": name, "slot": slot, "value": shown, "stored": stored})


def run_smtp(state, args):
    if not args:
        return smtp_readout(state["smtp"])
    pairs, i = [], 0
    while i < len(args):
        opt = args[i]
        if opt not in SMTP_OPTIONS or i + 1 >= len(args):
            return "E102: Parameter Error\n"
        field, check = SMTP_OPTIONS[opt]
        pairs.append(("smtp " + opt, None, field, args[i + 1], check))
        i += 2
    return apply_writes(state, "smtp", pairs)


def run_email(state, args):
    if not args:
        return email_readout(state["recipients"])
    pairs, i = [], 0
    while i < len(args):
        m = re.match(r"^(-[gtolr])([1-4])$", args[i])
        if not m or i + 1 >= len(args):
            return "E102: Parameter Error\n"
        field, check = EMAIL_OPTIONS[m.group(1)]
        pairs.append(("email " + m.group(1), int(m.group(2)), field, args[i + 1], check))
        i += 2
    return apply_writes(state, "email", pairs)


HELP = ["?", "about", "alarmcount", "boot", "bye", "cd", "date", "delete", "dir", "dns", "email", "eventlog", "exit",
        "format", "ftp", "help", "ping", "portspeed", "prompt", "quit", "radius", "reboot", "resetToDef", "session",
        "smtp", "snmp", "snmptrap", "sntp", "system", "tcpip", "user", "web", "xferINI", "xferStatus"]


def help_text(term, state):
    text = "E000: Success\n\nSystem Commands:\n"
    lines = ["  %-14s%s" % (HELP[i], HELP[i + 1] if i + 1 < len(HELP) else "") for i in range(0, len(HELP), 2)]
    if not state.get("faults", {}).get("pager"):
        return text + "\n".join(lines) + "\n"
    term.write(text + "\n".join(lines[:8]) + "\n")
    term.pager(ESC + "[7m--More--" + ESC + "[0m")
    term.write("\r        \r")
    return "\n".join(lines[8:]) + "\n"


def banner(state):
    ident = state["identity"]
    return (ESC + "]0;" + ident["name"] + "\a\n"
            "\n"
            "Schneider Electric                      Network Management Card AOS      %s\n"
            "(c) Copyright 2026 All Rights Reserved  %-33s%s\n"
            "-------------------------------------------------------------------------------\n"
            "Name      : %-42sDate : 12/08/2026\n"
            "Contact   : Unknown                                   Time : 01:00:00\n"
            "Location  : Lab                                       User : Administrator\n"
            "Up Time   : 0 Days 1 Hour 0 Minutes                   Stat : P+ N4+ N6+ A+\n"
            "\n"
            "Type ? for command listing\n"
            "Use tcpip command for IP address(-i), subnet(-s), and gateway(-g)\n"
            "\n") % (ident["aos"], ident["application"], ident["appVersion"], ident["name"])


def delay(state):
    ms = state.get("faults", {}).get("delayMs") or 0
    if ms > 0:
        time.sleep(ms / 1000.0)


def main():
    path = state_path()
    state = load(path)
    term = Terminal()
    if state.get("faults", {}).get("silent"):
        hang()
    delay(state)
    term.write(banner(state))
    written = 0
    while True:
        term.write(ESC + "[1mapc>" + ESC + "[0m ")
        line = term.read_line()
        if line is None:
            return
        state = load(path)
        if state.get("faults", {}).get("silent"):
            hang()
        words = tokens(line.strip())
        if not words:
            continue
        cmd, args = words[0], words[1:]
        if cmd in ("exit", "quit", "bye"):
            term.write("Bye.\n")
            return
        if cmd == "smtp":
            out = run_smtp(state, args)
        elif cmd == "email":
            out = run_email(state, args)
        elif cmd in ("?", "help"):
            out = help_text(term, state)
        else:
            out = "E101: Command Not Found\n"
        delay(state)
        if "writes" in state and (cmd in ("smtp", "email") and args):
            save(path, state)
            written += 1
            drop = state.get("faults", {}).get("dropAfterWrites")
            if drop is not None and written >= drop:
                if state.get("faults", {}).get("dropOnce"):
                    state["faults"]["dropAfterWrites"] = None
                    state["faults"]["dropOnce"] = False
                    save(path, state)
                os._exit(0)  # the connection drops after the change was stored, before its result code
        term.write(out)


if __name__ == "__main__":
    main()
