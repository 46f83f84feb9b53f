#!/usr/bin/env bash
# tools/build-update.sh TEMPLATE: print an update script, the template with
# each line "--@blocks FILE" replaced by the blocks of FILE that lie
# between a line "--@1.1" and a line "--@end" (see ARCHITECTURE.md).  Fails
# on a block that is never closed, so a typo cannot drop objects silently.
set -euo pipefail
template=$1
dir=$(dirname "$template")/..
while IFS= read -r line; do
	case $line in
		--@blocks\ *)
			file=$dir/${line#--@blocks }
			awk -v f="$file" '
				$0 == "--@1.1" { if (inside) { print f ": nested --@1.1 at line " NR > "/dev/stderr"; exit 1 }
								 inside = 1; blocks++; next }
				$0 == "--@end" { if (!inside) { print f ": --@end without --@1.1 at line " NR > "/dev/stderr"; exit 1 }
								 inside = 0; print ""; next }
				inside { print }
				END { if (inside) { print f ": unclosed --@1.1" > "/dev/stderr"; exit 1 }
					  if (!blocks) { print f ": no --@1.1 blocks" > "/dev/stderr"; exit 1 } }
			' "$file"
			;;
		*) printf '%s\n' "$line" ;;
	esac
done < "$template"
