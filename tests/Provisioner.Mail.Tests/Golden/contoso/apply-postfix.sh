#!/bin/sh
# Postfix: relay ranges (mynetworks) and distribution groups (virtual aliases)
# Rendered by Provisioner - do not edit: change the inventory and render again.
# Inventory: inventory/examples/contoso
# Commit:    c0ffee0000000000000000000000000000c0ffee
# Rendered:  2026-11-30T12:00:00Z
#
# Run as root on the relay, from the directory holding this script and provisioner_virtual:
#   sh apply-postfix.sh                                  # /etc/postfix
#   POSTFIX_CONFIG_DIR=/etc/postfix-relay sh apply-postfix.sh   # another instance
# Running it again changes nothing. Other virtual_alias_maps entries are kept.
set -eu

# ---- Desired state, from the inventory ----
MYNETWORKS='127.0.0.0/8 [::1]/128 10.6.0.0/16 10.8.0.0/16'
MAP_NAME='provisioner_virtual'

# ---- Logic (fixed) ----
config_dir="${POSTFIX_CONFIG_DIR:-/etc/postfix}"
here=$(cd "$(dirname "$0")" && pwd)
map="$config_dir/$MAP_NAME"

# Guideline "Mail server configuration" 1: allow relaying from the device ranges.
old_networks=$(postconf -c "$config_dir" -h mynetworks)
if [ "$old_networks" != "$MYNETWORKS" ]; then
    postconf -c "$config_dir" -e "mynetworks = $MYNETWORKS"
    echo "mynetworks: was '$old_networks', now '$MYNETWORKS'"
fi

# Guideline 2-4: the distribution groups with their members, as virtual aliases.
if [ "$here/$MAP_NAME" != "$map" ]; then
    cp "$here/$MAP_NAME" "$map.new"
    chmod 0644 "$map.new"
    mv -f "$map.new" "$map"
fi
postmap -c "$config_dir" "hash:$map"
maps=$(postconf -c "$config_dir" -nh virtual_alias_maps)
case ", $maps," in
    *"hash:$map,"* | *"hash:$map "*) ;;
    *)
        if [ -z "$maps" ]; then new_maps="hash:$map"; else new_maps="$maps, hash:$map"; fi
        postconf -c "$config_dir" -e "virtual_alias_maps = $new_maps"
        echo "virtual_alias_maps: now '$new_maps'"
        ;;
esac

if postfix -c "$config_dir" status >/dev/null 2>&1; then
    postfix -c "$config_dir" reload
else
    echo "Postfix ($config_dir) is not running; the configuration takes effect when it starts."
fi
