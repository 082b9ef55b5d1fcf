#!/usr/bin/env bash
# Apache Jena's SHACL validator (Debian's libapache-jena-java) for the cross-check of Akhbar's
# engines (docs/validation.md). Idempotent: installs the packages when they are missing, then builds
# in JENA_DIR (/tmp/akhbar-jena) what Debian's packaging lacks and the batch validator:
#   classpath   the jars Jena needs, without the two SLF4J bindings that together stop the JVM
#               (log4j-over-slf4j and slf4j-log4j12 are both in /usr/share/java), plus
#   resources/  the Xerces message files moved where Debian's relocated Xerces classes look for
#               them: without them every XSD datatype fails to initialise ("internal error")
#   classes/    ShaclBatch.class, compiled with Debian's ECJ (a JRE has no compiler)
# Prints the classpath. scripts/jena/shacl.sh runs Jena's own `shacl` command with it.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
dir="${JENA_DIR:-/tmp/akhbar-jena}"
jars=/usr/share/java
log() { echo "jena: $*" >&2; }

if ! command -v java >/dev/null || ! command -v unzip >/dev/null || [[ ! -f $jars/jena-shacl.jar || ! -f $jars/ecj.jar ]]; then
  log "installing default-jre-headless, libapache-jena-java, libecj-java and unzip from Debian"
  sudo=""; [[ $(id -u) -eq 0 ]] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends default-jre-headless libapache-jena-java libecj-java unzip >/dev/null
fi

mkdir -p "$dir"
if [[ ! -f $dir/resources/xerces/impl/msg/XMLSchemaMessages.properties ]]; then
  rm -rf "$dir/unpacked" "$dir/resources" && mkdir -p "$dir/unpacked" "$dir/resources"
  (cd "$dir/unpacked" && unzip -q -o "$jars/jena-core.jar" 'org/apache/jena/ext/xerces/*.properties')
  cp -r "$dir/unpacked/org/apache/jena/ext/xerces" "$dir/resources/xerces"
  rm -rf "$dir/unpacked"
fi

cp=""
for jar in jena-arq jena-base jena-cmds jena-core jena-iri jena-shacl jena-shex jena-dboe-base jena-tdb \
  commons-cli commons-codec commons-compress commons-csv commons-io commons-lang3 dexx.collection gson guava \
  httpclient httpcore jackson-core jackson-databind jackson-annotations jakarta.json-api jsonld-java protobuf \
  thrift titanium-json-ld slf4j-api slf4j-nop; do
  [[ -f $jars/$jar.jar ]] || { echo "jena: $jars/$jar.jar is missing" >&2; exit 1; }
  cp+="$jars/$jar.jar:"
done
cp="$dir/resources:$dir/classes:${cp%:}"
echo "$cp" > "$dir/classpath"

if [[ ! -f $dir/classes/ShaclBatch.class || $here/ShaclBatch.java -nt $dir/classes/ShaclBatch.class ]]; then
  mkdir -p "$dir/classes"
  java -cp "$jars/ecj.jar" org.eclipse.jdt.internal.compiler.batch.Main -11 -nowarn -cp "$cp" -d "$dir/classes" "$here/ShaclBatch.java" >&2
fi

# Jena's CLI answers, and (exit code 0 either way) says sh:conforms false for a graph that breaks a shape.
printf '@prefix sh: <http://www.w3.org/ns/shacl#> .\n<urn:s> sh:targetNode <urn:a> ; sh:property [ sh:path <urn:p> ; sh:minCount 1 ] .\n' > "$dir/check-shapes.ttl"
printf '<urn:a> <urn:q> 1 .\n' > "$dir/check-data.ttl"
if ! java -cp "$cp" shacl.shacl validate --shapes "$dir/check-shapes.ttl" --data "$dir/check-data.ttl" 2>&1 | grep -q 'sh:conforms *false'; then
  echo "jena: the shacl command did not report the broken check graph as not conforming" >&2
  exit 1
fi
log "ready in $dir"
echo "$cp"
