#!/usr/bin/env bash
# instruction_counts.sh: instructions per real-time memory operation, counted by callgrind
# (stable where timings are noisy). Builds the release preset's rt_instruction_counts and runs it
# once per operation, collecting only inside that operation's loop of 100,000.
#   bench/rt/instruction_counts.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
"$root/scripts/build" release rt_instruction_counts
binary="$root/build/release/bench/rt_instruction_counts"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
ops=100000
empty=0
printf '| operation | instructions per op (loop overhead removed) |\n|---|---|\n'
for fn in empty_loop region_alloc pool_alloc_free concurrent_pool_alloc_free malloc_free; do
  valgrind --tool=callgrind --callgrind-out-file="$out/$fn" --toggle-collect="medi_count_$fn" \
    "$binary" >/dev/null 2>&1
  total=$(grep -m1 '^summary:' "$out/$fn" | awk '{print $2}')
  if [[ $fn == empty_loop ]]; then
    empty=$total
    continue
  fi
  python3 -c "print('| $fn | %.1f |' % (($total - $empty) / $ops))"
done
