#
# Run as root on the relay, from the directory holding this script and provisioner_virtual:
#   sh apply-postfix.sh                                  # /etc/postfix
#   POSTFIX_CONFIG_DIR=/etc/postfix-relay sh apply-postfix.sh   # another instance
# Running it again changes nothing. Other virtual_alias_maps entries are kept.
set -eu

# ---- Desired state, from the inventory ----
