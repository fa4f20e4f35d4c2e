#!/usr/bin/env bash
# regenerate.sh: rebuild examples/<name>/<name>.ll from its C stand-in, until medic emits them.
#
# Each stand-in is the .medi program written in C, its statements placed on the .medi lines they
# stand for with #line, the intrinsics called by their IR names (medi_intrinsics.h). clang-19
# turns it into unoptimised IR (as a front end emits it: no optnone, full debug info); this
# script then puts the .medi source in a comment header, names the compile unit's file after
# the .medi, and adds the medi.abi.version module flag.
#
#   examples/standins/regenerate.sh [name...]     (default: every stand-in)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
examples="$(dirname "$here")"
clang="${CLANG:-clang-19}"

names=("$@")
if [ ${#names[@]} -eq 0 ]; then
  for c in "$here"/*.c; do names+=("$(basename "$c" .c)"); done
fi

for name in "${names[@]}"; do
  medi="$examples/$name/$name.medi"
  out="$examples/$name/$name.ll"
  ir="$(mktemp)"
  (cd "$here" && "$clang" -S -emit-llvm -O1 -Xclang -disable-llvm-passes -g -std=c11 \
    -fno-ident -fdebug-prefix-map="$here"=/src/"$name" -I. "$name.c" -o "$ir")
  {
    echo "; $name.ll: the LLVM IR of $name.medi, as medic emits it (ABI version 1)."
    echo ";"
    echo "; Run it:   medi-run examples/$name/$name.ll"
    echo "; Build it: medi-build examples/$name/$name.ll -o $name"
    echo ";"
    echo "; Produced by examples/standins/regenerate.sh from the C stand-in standins/$name.c."
    echo "; The Medi source it stands for:"
    echo ";"
    sed 's/^/;   /; s/ *$//' "$medi"
    echo
    sed -e "s/^source_filename = .*/source_filename = \"$name.medi\"/" \
        -e "s/!DIFile(filename: \"$name.c\"/!DIFile(filename: \"$name.medi\"/" \
        -e 's/producer: "[^"]*"/producer: "medic (C stand-in, clang 19)"/' \
        -e 's/, checksumkind: CSK_MD5, checksum: "[0-9a-f]*"//' \
        -e 's/^!llvm.module.flags = !{\(.*\)}$/!llvm.module.flags = !{\1, !90000}/' \
        "$ir"
    echo '!90000 = !{i32 1, !"medi.abi.version", i32 1}'
  } > "$out"
  rm -f "$ir"
  echo "regenerated $out"
done
