#!/usr/bin/env python3
"""Lab emulator of the Dot Hill / Seagate controller CLI of HPE MSA and Dell PowerVault ME arrays (stdlib only).

OpenSSH's sshd runs it as the ForceCommand of a lab device: `msa-cli.py --state <file>` (or MSA_LAB_STATE=<file>).
It answers as the reference facts say (shared/reference/rest-ssh-apis.md §6, addendum §1): a banner up to the first
`# ` prompt; human output ending in `Success: Command completed successfully. (<timestamp>)` or `Error: <message>`;
`set cli-parameters api` (or `api-embed`) switches the session to XML output: one RESPONSE with OBJECT/PROPERTY elements
and a `status` object (response-type, response-type-numeric, response, return-code), `console` switches back;
`show email-parameters` with the property names of addendum §1.1; `set email-parameters` with the keywords of §1.3
(server domain sender port security-protocol notification-level email-list sender-password include-logs);
`show system`, `show versions`, `test email [region <level>]` / `test notification`, `help`, `exit`.
The human table layout, the test command, `show system`/`show versions` properties and error texts are Unverified on
real arrays; they are the lab's (DotHillAssumptions in the driver).

The state is a JSON file (DotHillLabState in Provisioner.Lab), re-read before every command so tests can change it out
of band and stage faults: faults.reject (keywords such as "server", "email-list" → Error, nothing stored), faults.lose
(Success but nothing stored), faults.silent (no output at all; reads stdin until the client goes away), faults.pager
(`help` is paginated), faults.dropAfterWrites (the session ends without a result right after that many
`set email-parameters` commands of this session were stored; with faults.dropOnce the emulator clears both when it
drops, a one-off network cut), faults.delayMs (slowness: the banner and every answer wait that long).
Every keyword written is appended to "writes", the password masked.

Test mail: the array itself sends it. `relays` maps the configured "server:port" to the loopback "host:port" the lab
gives that relay (its SMTP capture); the emulator sends with smtplib there and never to any other address. A relay with
no mapping is unreachable, as in the lab's HTTPS models. Every attempt is appended to "sent".
"""
import json
import os
import re
import smtplib
import sys
import tempfile
import termios
import time
import tty
from email.message import EmailMessage
from xml.sax.saxutils import escape, quoteattr

EMAIL = re.compile(r"^[^@\s\",]+@[^@\s\",]+$")
IPV4 = re.compile(r"^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$")
HOST = re.compile(r"^[A-Za-z0-9]([A-Za-z0-9.-]{0,252})$")
LOCAL = re.compile(r"^[A-Za-z0-9._+-]{1,64}$")
LEVELS = ("crit", "error", "warn", "resolved", "info", "none")
LEVEL_NUMERIC = {"crit": 4, "error": 3, "warn": 2, "resolved": 1, "info": 0, "none": 5}
SECURITY = {"none": "None", "tls": "TLS", "ssl": "SSL"}
SECURITY_NUMERIC = {"None": 0, "TLS": 1, "SSL": 2}
PAGER = "Press any key to continue (Q to quit)"


def state_path():
    args = sys.argv[1:]
    if len(args) >= 2 and args[0] == "--state":
        return args[1]
    return os.environ.get("MSA_LAB_STATE", "")


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def save(path, state):
    folder = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(prefix=".msa-", dir=folder)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        json.dump(state, f, indent=2)
    os.replace(tmp, path)


def stamp():
    return time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime())


class Terminal:
    """Reads lines as the controller does: a pty's line discipline echoes; on plain pipes Enter is CR and the CLI echoes."""

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
        """Shows the pager prompt and waits for one key without Enter (cbreak on a pty, set before the prompt is shown)."""
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
    """Splits a command line; double quotes group words and may hold an empty value."""
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


class Answer:
    """One command's answer: objects (name, [(property, value)]) and a status."""

    def __init__(self, ok=True, message="Command completed successfully.", objects=None, human=""):
        self.ok, self.message, self.objects, self.human = ok, message, objects or [], human

    def render(self, mode, request):
        when = stamp()
        text = "%s (%s)" % (self.message, when)
        if mode == "console":
            return self.human + ("Success: " if self.ok else "Error: ") + text + "\n"
        out = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
               "<RESPONSE VERSION=\"L100\" REQUEST=%s>" % quoteattr(request)]
        oid = 1
        status = [("response-type", "Success" if self.ok else "Error"), ("response-type-numeric", "0" if self.ok else "1"),
                  ("response", text), ("return-code", "0" if self.ok else "-1"), ("component-id", ""),
                  ("time-stamp", when), ("time-stamp-numeric", str(int(time.time())))]
        for name, props in self.objects + [("status", status)]:
            out.append('<OBJECT basetype="%s" name="%s" oid="%d" format="pairs">' % (name, name, oid))
            for key, value in props:
                out.append('  <PROPERTY name="%s" type="string">%s</PROPERTY>' % (key, escape(value)))
            out.append("</OBJECT>")
            oid += 1
        out.append("</RESPONSE>")
        return "\n".join(out) + "\n"


def email_properties(state):
    e = state["email"]
    legacy = state["identity"].get("legacy", False)
    props = [("email-notification", e["notification"]), ("email-notification-numeric", "1" if e["notification"] == "Enabled" else "0"),
             ("email-notification-filter", e["filter"]), ("email-notification-filter-numeric", str(LEVEL_NUMERIC[e["filter"]]))]
    props += [("email-notify-address-%d" % (i + 1), a) for i, a in enumerate(e["addresses"])]
    if not legacy:
        props += [("email-security-protocol", e["security"]), ("email-security-protocol-numeric", str(SECURITY_NUMERIC[e["security"]])),
                  ("email-smtp-port", e["port"])]
    props += [("email-server", e["server"]), ("email-domain", e["domain"]), ("email-sender", e["sender"])]
    if not legacy:
        props += [("email-sender-password", "********" if e["senderPassword"] else "Not Configured"),
                  ("alert-notification", "all"), ("alert-notification-numeric", "6"),
                  ("event-notification", "none"), ("event-notification-numeric", "5"),
                  ("persistent-alerts", "Enabled"), ("persistent-alerts-numeric", "1")]
    props += [("email-include-logs", e["includeLogs"]), ("email-include-logs-numeric", "1" if e["includeLogs"] == "Enabled" else "0")]
    return props


def show_email(state):
    props = email_properties(state)
    human = "Email Parameters (SMTP)\n-----------------------\n" + "".join(
        "%s: %s\n" % (k, v) for k, v in props if not k.endswith("-numeric")) + "\n"
    return Answer(objects=[("email-parameters", props)], human=human)


def show_system(state):
    i = state["identity"]
    props = [("system-name", i["name"]), ("system-contact", "Lab"), ("system-location", "Lab"), ("vendor-name", i["vendor"]),
             ("product-id", i["product"]), ("product-brand", i["brand"]), ("midplane-serial-number", i["serial"])]
    return Answer(objects=[("system", props)], human="".join("%s: %s\n" % p for p in props) + "\n")


def show_versions(state):
    props = [("sc-cpu-type", "lab"), ("bundle-version", state["identity"]["bundle"]), ("sc-fw", state["identity"]["bundle"])]
    return Answer(objects=[("versions", props)], human="".join("%s: %s\n" % p for p in props) + "\n")


def valid_host(v):
    m = IPV4.match(v)
    if m:
        return all(int(g) <= 255 for g in m.groups())
    return bool(HOST.match(v)) and not v.replace(".", "").isdigit()


def valid_list(v):
    items = v.split(",") if v else []
    return len(items) <= 4 and all(EMAIL.match(a) and len(a) <= 320 for a in items)


KEYWORDS = {
    "server": valid_host,
    "domain": lambda v: bool(HOST.match(v)),
    "sender": lambda v: bool(LOCAL.match(v)),
    "port": lambda v: v.isdigit() and 1 <= int(v) <= 65535,
    "security-protocol": lambda v: v in SECURITY,
    "notification-level": lambda v: v in LEVELS,
    "email-list": valid_list,
    "sender-password": lambda v: 0 < len(v) <= 32,
    "include-logs": lambda v: v in ("enabled", "disabled", "on", "off"),
}
NEWER_ONLY = ("port", "security-protocol", "sender-password")


def store(e, keyword, value):
    if keyword == "server":
        e["server"] = value
    elif keyword == "domain":
        e["domain"] = value
    elif keyword == "sender":
        e["sender"] = value
    elif keyword == "port":
        e["port"] = str(int(value))
    elif keyword == "security-protocol":
        e["security"] = SECURITY[value]
    elif keyword == "notification-level":
        e["filter"] = value
        e["notification"] = "Disabled" if value == "none" else "Enabled"
    elif keyword == "email-list":
        items = value.split(",") if value else []
        e["addresses"] = items + [""] * (4 - len(items))
    elif keyword == "sender-password":
        e["senderPassword"] = value
    elif keyword == "include-logs":
        e["includeLogs"] = "Enabled" if value in ("enabled", "on") else "Disabled"


def set_email(state, args):
    """Validates every keyword first (the array refuses the whole command), then stores them."""
    faults = state.get("faults", {})
    legacy = state["identity"].get("legacy", False)
    if not args or len(args) % 2:
        return Answer(False, "The command is missing a parameter value.")
    pairs = list(zip(args[0::2], args[1::2]))
    for keyword, value in pairs:
        if keyword not in KEYWORDS or (legacy and keyword in NEWER_ONLY):
            return Answer(False, "Unrecognized parameter '%s'." % keyword)
        if keyword in faults.get("reject", []) or not KEYWORDS[keyword](value):
            log(state, keyword, value, False)
            return Answer(False, "The value of parameter '%s' is not valid." % keyword)
    for keyword, value in pairs:
        stored = keyword not in faults.get("lose", [])
        log(state, keyword, value, stored)
        if stored:
            store(state["email"], keyword, value)
    return Answer()


def log(state, keyword, value, stored):
    shown = "********" if keyword == "sender-password" else value
    state.setdefault("writes", []).append({"command": "set email-parameters", "keyword": keyword, "value": shown, "stored": stored})


def is_loopback(host):
    return host == "::1" or host.startswith("127.")


def test_email(state):
    e = state["email"]
    if e["notification"] != "Enabled":
        return Answer(False, "Email notification is disabled.")
    to = [a for a in e["addresses"] if a]
    if not to or not e["server"]:
        return Answer(False, "Email notification is not configured.")
    sender = "%s@%s" % (e["sender"] or "noreply", e["domain"] or "localhost")
    port = int(e["port"] or "25")
    target = state.get("relays", {}).get("%s:%d" % (e["server"], port))
    result = 0
    if target:
        host, _, target_port = target.rpartition(":")
        host = host.strip("[]")
        if is_loopback(host):
            message = EmailMessage()
            message["From"] = sender
            message["To"] = ", ".join(to)
            message["Subject"] = "Test message from %s (%s)" % (state["identity"]["name"], state["identity"]["product"])
            message.set_content("This is a test e-mail notification from the storage system %s.\n" % state["identity"]["name"])
            try:
                with smtplib.SMTP(host, int(target_port), timeout=10) as smtp:
                    smtp.send_message(message)
                result = 250
            except (OSError, smtplib.SMTPException) as ex:
                result = getattr(ex, "smtp_code", 421)
    state.setdefault("sent", []).append({"relay": "%s:%d" % (e["server"], port), "from": sender, "to": to, "result": result})
    if result != 250:
        return Answer(False, "Unable to send the test email: the SMTP server %s:%d did not accept it." % (e["server"], port))
    return Answer(message="Command completed successfully. - The test email was sent.")


HELP = ["abort", "add", "clear", "convert", "create", "delete", "exit", "expand", "fail", "help", "load", "map", "meta",
        "ping", "query", "release", "remove", "replicate", "rescan", "reset", "restart", "restore", "scrub", "set", "show",
        "shutdown", "splash", "start", "stop", "suspend", "test", "trust", "unfail", "unmap", "verify", "versions"]


def help_text(term, state, mode):
    lines = ["  " + "  ".join("%-12s" % w for w in HELP[i:i + 4]) for i in range(0, len(HELP), 4)]
    if mode != "console" or not state.get("faults", {}).get("pager"):
        return Answer(human="\n".join(lines) + "\n")
    term.write("\n".join(lines[:5]) + "\n")
    term.pager(PAGER)
    term.write("\r" + " " * len(PAGER) + "\r")
    return Answer(human="\n".join(lines[5:]) + "\n")


def banner(state):
    i = state["identity"]
    return ("%s %s %s\nSystem Name: %s\nSystem Location: Lab\nVersion: %s\n"
            % (i["vendor"], i["brand"], i["product"], i["name"], i["bundle"]))


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
    mode, written = "console", 0
    while True:
        term.write("# ")
        line = term.read_line()
        if line is None:
            return
        state = load(path)
        if state.get("faults", {}).get("silent"):
            hang()
        words = tokens(line.strip())
        if not words:
            continue
        request = " ".join(words)
        wrote = False
        if words[0] == "exit":
            return
        if words[:2] == ["set", "cli-parameters"] and len(words) == 3 and words[2] in ("api", "api-embed", "console"):
            mode = "console" if words[2] == "console" else "api"
            answer = Answer()
        elif words == ["show", "email-parameters"]:
            answer = show_email(state)
        elif words == ["show", "system"]:
            answer = show_system(state)
        elif words == ["show", "versions"]:
            answer = show_versions(state)
        elif words[:2] == ["set", "email-parameters"]:
            answer = set_email(state, words[2:])
            wrote = True
        elif words[:2] == ["test", "email"] or words == ["test", "notification"]:
            answer = test_email(state)
            wrote = True
        elif words[0] == "help":
            answer = help_text(term, state, mode)
        else:
            answer = Answer(False, "The command is ambiguous or not recognized.")
        if wrote:
            faults = state.setdefault("faults", {})
            drop = faults.get("dropAfterWrites")
            stored = words[1] == "email-parameters" and answer.ok
            written += 1 if stored else 0
            if stored and drop is not None and written >= drop:
                if faults.get("dropOnce"):
                    faults["dropAfterWrites"] = None
                    faults["dropOnce"] = False
                save(path, state)
                os._exit(0)  # the connection drops after the change was stored, before its result
            save(path, state)
        delay(state)
        term.write(answer.render(mode, request))


if __name__ == "__main__":
    main()
