#!/bin/bash
# A small scripted device CLI that OpenSSH's sshd runs as its ForceCommand in the transport tests: the
# seed of the lab's SSH devices. Interactive (with or without a pseudo-terminal): banner, a bold `apc>` prompt, the
# terminal's own echo, `about` with colour codes, `log` paginated with --More--, `hang` that never
# answers, `set -p VALUE`, `exit`/`quit`. With a command (the exec channel): that command alone.
ESC=$'\e'

about() {
  echo "Hardware Factory"
  echo "---------------"
  echo "Model:            ${ESC}[1;32mSmart-UPS 1500${ESC}[0m"
  echo "Serial Number:    ZA1234567890"
  echo "Firmware:         ${ESC}[33mv7.1.2${ESC}[0m"
}

log_page() {
  local i
  for i in $(seq 1 45); do
    printf 'Event %02d: UPS self-test passed\n' "$i"
    if (( i % 20 == 0 )); then
      printf '%s--More--%s' "${ESC}[7m" "${ESC}[0m"
      local key
      IFS= read -rsn1 key
      printf '\r        \r'
      [[ "$key" == "q" ]] && return
    fi
  done
}

run() {
  case "$1" in
    about) about ;;
    log) log_page ;;
    # Never answers; reading stdin (not sleeping) ends it when the client closes the channel.
    hang|"hang "*) IFS= read -r -t 60 _ ;;
    "set -p "*) echo "E000: Success" ;;
    fail) echo "E102: Parameter Error" >&2; return 3 ;;
    "") ;;
    *) echo "E101: Command Not Found"; return 1 ;;
  esac
}

if [[ -n "${SSH_ORIGINAL_COMMAND:-}" ]]; then
  run "$SSH_ORIGINAL_COMMAND"
  exit $?
fi

printf '%s]0;apc-test%s' "${ESC}" $'\a'
echo
echo "Schneider Electric                      Network Management Card AOS      v7.1.2"
echo "(c) Copyright 2026 All Rights Reserved  Smart-UPS & Matrix-UPS APP       v7.1.2"
echo "-------------------------------------------------------------------------------"
echo "Name      : apc-test                                  Date : 12/08/2026"
echo
while true; do
  printf '%sapc>%s ' "${ESC}[1m" "${ESC}[0m"
  if [[ -t 0 ]]; then
    # The terminal's line discipline turns Enter (CR) into LF and echoes the line.
    IFS= read -r line || exit 0
  else
    # Plain pipes: Enter is CR, as for a device in raw mode, and the CLI echoes the line itself.
    IFS= read -r -d $'\r' line || exit 0
    line="${line#$'\n'}"
    printf '%s\r\n' "$line"
  fi
  line="${line%$'\r'}"
  case "$line" in
    exit|quit) echo "Bye."; exit 0 ;;
    *) run "$line" ;;
  esac
done
