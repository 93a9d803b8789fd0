#!/usr/bin/env python3
"""Writes the hostile-input corpus, tests/fixtures/hostile/, that tst_hostilecorpus loads.

Each case is a small input and what loading + validating it must report. The expected
position is marked in the text with "⁁" (the marker is removed; the diagnostic must point at
the character that followed it), so positions are stated where the mistake is, not copied from
the program's output. The header ("# expect: ..." lines) is put first in the file, so the
positions written in it count those lines too; JSON files get their header in NAME.expect.

Run it on purpose after changing a case:  python3 scripts/make-hostile-corpus.py
It rewrites every fixture and removes the ones no longer listed here.
"""

import os
import sys

MARK = "⁁"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "tests", "fixtures", "hostile")

GNP = "apiVersion: projectcalico.org/v3\nkind: GlobalNetworkPolicy\nmetadata:\n  name: x\n"
NP = ("apiVersion: projectcalico.org/v3\nkind: NetworkPolicy\nmetadata:\n  name: x\n"
      "  namespace: prod\n")
KNP = ("apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: x\n"
       "  namespace: prod\n")
NS = "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: x\n"
GNS = "apiVersion: projectcalico.org/v3\nkind: GlobalNetworkSet\nmetadata:\n  name: x\n"


def rule(body, direction="ingress"):
    """A GlobalNetworkPolicy with one rule; `body` is the rule's lines under "- "."""
    lines = body.split("\n")
    text = GNP + "spec:\n  " + direction + ":\n    - " + lines[0] + "\n"
    for line in lines[1:]:
        text += "      " + line + "\n"
    return text


def ports(value, field="ports"):
    return rule("action: Allow\nprotocol: TCP\ndestination:\n  " + field + ": " + value)


CASES = []


def case(name, text, *expect, ext="yaml", bom=False):
    """expect: ("error"|"warning", path or "-", message substring) per marker, in order;
    none means the file loads cleanly."""
    CASES.append((name, text, list(expect), ext, bom))


def err(path, message):
    return ("error", path, message)


def warn(path, message):
    return ("warning", path, message)


BAD_YAML = "invalid YAML"

# --- YAML syntax errors -------------------------------------------------------------------
case("syntax-bad-dedent", NS + " ⁁bad: y\n", err("-", BAD_YAML))
case("syntax-tab-indent", NS + "⁁\tlabels: {a: b}\n",
     err("-", "found a tab character that violates indentation"))
case("syntax-tab-indent-sequence", GNP + "spec:\n  ingress:\n⁁\t- action: Allow\n",
     err("-", "found character that cannot start any token"))
case("syntax-unclosed-flow-sequence", NS + "  labels: {a: [b, c⁁",
     err("-", "did not find expected ',' or ']'"))
case("syntax-unclosed-flow-mapping", NS + "  labels: {a: b\n⁁", err("-", "the file ends too early"))
case("syntax-unclosed-double-quote", NS + "  labels: {a: \"b}\n⁁",
     err("-", "found unexpected end of stream"))
case("syntax-unclosed-single-quote", NS + "  labels:\n    a: 'b⁁", err("-", BAD_YAML))
case("syntax-key-value-value", NS + "  labels:\n    a: b⁁: c\n",
     err("-", "mapping values are not allowed in this context"))
case("syntax-stray-closing-bracket", NS + "  labels: {a: b}⁁]\n", err("-", BAD_YAML))
case("syntax-unknown-alias", NS + "  labels: ⁁*nothing\n", err("-", BAD_YAML))
case("syntax-recursive-alias", NS + "  labels: &l {a: ⁁*l}\n",
     err("-", "an alias refers to a node that contains it"))
case("syntax-bad-escape", NS + "  labels: {a: \"b⁁\\q\"}\n",
     err("-", "found unknown escape character"))
case("syntax-yaml-2-directive", "⁁%YAML 2.0\n---\n" + NS, err("-", BAD_YAML))
case("syntax-anchor-without-value", NS + "  labels: {a: &x}\n⁁- b\n", err("-", BAD_YAML))
case("syntax-sequence-in-mapping", NS + "  labels:\n    a: b\n  ⁁- c\n", err("-", BAD_YAML))
case("syntax-garbage-after-document",
     "{apiVersion: v1, kind: Namespace, metadata: {name: x}}⁁, x\n",
     err("-", "did not find expected <document start>"))
case("syntax-second-document-broken", NS + "---\napiVersion: v1\nkind: Namespace\nmetadata:\n"
     "  name: y\n  labels: {a: [⁁}\n", err("-", BAD_YAML))
case("syntax-block-scalar-bad-indicator", NS + "  annotations:\n    a: |⁁0\n      text\n",
     err("-", BAD_YAML))
case("syntax-duplicate-key", NS + "  labels: {a: b}\n  ⁁labels: {c: d}\n",
     err("metadata", "duplicate field \"labels\""))
case("syntax-duplicate-key-in-rule", rule("action: Allow\n⁁action: Deny"),
     err("spec.ingress[0]", "duplicate field \"action\""))
case("syntax-only-colon", "⁁: x\n", err("-", "did not find expected key"))

# --- unknown kinds ------------------------------------------------------------------------
case("kind-typo", "apiVersion: projectcalico.org/v3\nkind: ⁁GlobalNetworkPolcy\n"
     "metadata: {name: x}\n", err("kind", "did you mean \"GlobalNetworkPolicy\"?"))
case("kind-lowercase", "apiVersion: projectcalico.org/v3\nkind: ⁁globalnetworkpolicy\n"
     "metadata: {name: x}\n", err("kind", "unknown kind \"globalnetworkpolicy\""))
case("kind-widget", "apiVersion: example.com/v1\nkind: ⁁Widget\nmetadata: {name: x}\n",
     err("kind", "unknown kind \"Widget\""))
case("kind-empty", "⁁apiVersion: v1\nkind: \"\"\nmetadata: {name: x}\n", err("-", "missing \"kind\""))
case("kind-number", "apiVersion: v1\nkind: ⁁5\nmetadata: {name: x}\n", err("kind", "kind"))
case("kind-mapping", "apiVersion: v1\nkind: ⁁{a: b}\n",
     err("kind", "\"kind\" must be a string, not a mapping"))
case("kind-missing", "⁁apiVersion: v1\nmetadata: {name: x}\n", err("-", "missing \"kind\""))
case("kind-configmap-ignored", "apiVersion: v1\nkind: ⁁ConfigMap\nmetadata: {name: x}\n"
     "data: {a: b}\n", warn("kind", "kind \"ConfigMap\" is not used by Policy Studio; ignored"))
case("kind-bgppeer-ignored", "apiVersion: projectcalico.org/v3\nkind: ⁁BGPPeer\n"
     "metadata: {name: x}\n", warn("kind", "kind \"BGPPeer\" is not used by Policy Studio"))
case("kind-wrong-group", "apiVersion: ⁁v1\nkind: GlobalNetworkPolicy\nmetadata: {name: x}\n",
     err("apiVersion", "does not belong to apiVersion \"v1\""))

# --- unknown apiVersions ------------------------------------------------------------------
case("apiversion-calico-v2", "apiVersion: ⁁projectcalico.org/v2\nkind: GlobalNetworkPolicy\n"
     "metadata: {name: x}\n", err("apiVersion", "\"projectcalico.org/v2\" is not served"))
case("apiversion-calico-v999", "apiVersion: ⁁projectcalico.org/v999\nkind: Tier\n"
     "metadata: {name: x}\n", err("apiVersion", "\"projectcalico.org/v999\" is not served"))
case("apiversion-calico-v1", "apiVersion: ⁁projectcalico.org/v1\nkind: NetworkPolicy\n"
     "metadata: {name: x, namespace: y}\n", err("apiVersion", "is not served"))
case("apiversion-networking-v2", "apiVersion: ⁁networking.k8s.io/v2\nkind: NetworkPolicy\n"
     "metadata: {name: x}\n", err("apiVersion", "\"networking.k8s.io/v2\" is not served"))
case("apiversion-apps-v1beta2", "apiVersion: ⁁apps/v1beta2\nkind: Deployment\n"
     "metadata: {name: x}\n", err("apiVersion", "\"apps/v1beta2\" is not served"))
case("apiversion-missing", "⁁kind: Namespace\nmetadata: {name: x}\n",
     err("-", "missing \"apiVersion\""))

# --- misspelled fields --------------------------------------------------------------------
case("field-selectr", GNP + "spec:\n  ⁁selectr: all()\n",
     err("spec.selectr", "did you mean \"selector\"?"))
case("field-ingres", GNP + "spec:\n  ⁁ingres: []\n",
     err("spec.ingres", "did you mean \"ingress\"?"))
case("field-sorce", rule("action: Allow\n⁁sorce: {}"),
     err("spec.ingress[0].sorce", "did you mean \"source\"?"))
case("field-destnation", rule("action: Allow\n⁁destnation:\n  ports: [80]"),
     err("spec.ingress[0].destnation", "did you mean \"destination\"?"))
case("field-destination-port", rule("action: Allow\nprotocol: TCP\ndestination:\n  ⁁port: [80]"),
     err("spec.ingress[0].destination.port", "did you mean \"ports\"?"))
case("field-protocl", rule("action: Allow\n⁁protocl: TCP"),
     err("spec.ingress[0].protocl", "did you mean \"protocol\"?"))
case("field-ation", rule("⁁⁁ation: Allow"), err("spec.ingress[0].ation", "unknown field"),
     err("spec.ingress[0].action", "the rule has no action"))
case("field-notport", rule("action: Allow\nprotocol: TCP\ndestination: {⁁notPort: [22]}"),
     err("spec.ingress[0].destination.notPort", "did you mean \"notPorts\"?"))
case("field-namespaceselector-typo", GNP + "spec:\n  ⁁namspaceSelector: all()\n",
     err("spec.namspaceSelector", "did you mean \"namespaceSelector\"?"))
case("field-metdata", "apiVersion: projectcalico.org/v3\nkind: Tier\n⁁metdata: {name: x}\n",
     err("metdata", "did you mean \"metadata\"?"),
     ("error", "metadata.name", "name is required", 1, 1))
case("field-labls", GNS + "  ⁁labls: {a: b}\n",
     err("metadata.labls", "did you mean \"labels\"?"))
case("field-ordr", GNP + "spec:\n  ⁁ordr: 10\n", err("spec.ordr", "did you mean \"order\"?"))
case("field-type", GNP + "spec:\n  ⁁type: [Ingress]\n", err("spec.type", "did you mean \"types\"?"))
case("field-ipversoin", rule("action: Allow\n⁁ipVersoin: 4"),
     err("spec.ingress[0].ipVersoin", "did you mean \"ipVersion\"?"))
case("field-k8s-podselectr", KNP + "spec:\n  ⁁podSelectr: {}\n",
     err("spec.podSelectr", "did you mean \"podSelector\"?"))
case("field-k8s-policytype", KNP + "spec:\n  podSelector: {}\n  ⁁policyType: [Ingress]\n",
     err("spec.policyType", "did you mean \"policyTypes\"?"))
case("field-k8s-ipblock-exept", KNP + "spec:\n  podSelector: {}\n  ingress:\n"
     "    - from: [{ipBlock: {cidr: 10.0.0.0/8, ⁁exept: []}}]\n",
     err("spec.ingress[0].from[0].ipBlock.exept", "did you mean \"except\"?"))
case("field-np-namespaceselector", NP + "spec: {⁁namespaceSelector: all()}\n",
     err("spec.namespaceSelector", "unknown field \"namespaceSelector\" in NetworkPolicy spec"))
case("field-top-level-specs", GNP + "⁁specs: {}\n", err("specs", "did you mean \"spec\"?"))
case("field-staged-action-on-gnp", GNP + "spec: {⁁stagedAction: Set}\n",
     err("spec.stagedAction", "unknown field \"stagedAction\""))
case("field-ippool-natoutgoin", "apiVersion: projectcalico.org/v3\nkind: IPPool\n"
     "metadata: {name: p}\nspec:\n  cidr: 10.0.0.0/16\n  ⁁natOutgoin: true\n",
     err("spec.natOutgoin", "did you mean \"natOutgoing\"?"))

# --- invalid values -----------------------------------------------------------------------
case("value-port-70000", ports("[⁁70000]"),
     err("spec.ingress[0].destination.ports[0]", "port 70000 is out of range (0-65535)"))
case("value-port-negative", ports("[⁁-1]"),
     err("spec.ingress[0].destination.ports[0]", "port -1 is out of range"))
case("value-port-range-reversed", ports("[80, ⁁\"90:80\"]"),
     err("spec.ingress[0].destination.ports[1]", "has its minimum above its maximum"))
case("value-port-range-too-high", ports("[⁁\"1:70000\"]"),
     err("spec.ingress[0].destination.ports[0]", "70000"))
case("value-port-name-space", ports("[⁁\"a b\"]", "notPorts"),
     err("spec.ingress[0].destination.notPorts[0]", "invalid port \"a b\""))
case("value-port-fraction", ports("[⁁80.5]"),
     err("spec.ingress[0].destination.ports[0]", "port 80.5 is not a whole number"))
case("value-port-mapping", ports("[⁁{a: 1}]"),
     err("spec.ingress[0].destination.ports[0]", "must be a port number, range or name"))
case("value-ports-scalar", ports("⁁80"),
     err("spec.ingress[0].destination.ports", "must be a list"))
case("value-protocol-300", rule("action: Allow\nprotocol: ⁁300"),
     err("spec.ingress[0].protocol", "protocol 300 is out of range (0-255)"))
case("value-protocol-name", rule("action: Allow\nprotocol: ⁁TCPX"),
     err("spec.ingress[0].protocol", "invalid protocol"))
case("value-action", rule("action: ⁁Allw"), err("spec.ingress[0].action", "invalid action"))
case("value-net-prefix-33", rule("action: Allow\nsource:\n  nets: [⁁10.0.0.0/33]"),
     err("spec.ingress[0].source.nets[0]", "10.0.0.0/33"))
case("value-net-garbage", rule("action: Allow\nsource:\n  nets: [⁁not-a-net]"),
     err("spec.ingress[0].source.nets[0]", "not-a-net"))
case("value-notnet-v6-prefix", rule("action: Allow\ndestination:\n  notNets: [⁁\"fd00::/129\"]"),
     err("spec.ingress[0].destination.notNets[0]", "fd00::/129"))
case("value-net-octet", rule("action: Allow\nsource:\n  nets: [⁁300.0.0.1/32]"),
     err("spec.ingress[0].source.nets[0]", "300.0.0.1/32"))
case("value-icmp-type", rule("action: Allow\nprotocol: ICMP\nicmp: {type: ⁁300}"),
     err("spec.ingress[0].icmp.type", "ICMP type 300 is out of range"))
case("value-icmp-code-without-type", rule("action: Allow\nprotocol: ICMP\nicmp: {code: ⁁1}"),
     err("spec.ingress[0].icmp.code", "an ICMP code needs an ICMP type"))
case("value-ipversion-5", rule("action: Allow\nipVersion: ⁁5"),
     err("spec.ingress[0].ipVersion", "invalid ipVersion 5"))
case("value-ipversion-float", rule("action: Allow\nipVersion: ⁁4.5"),
     err("spec.ingress[0].ipVersion", "\"ipVersion\" must be an integer, not \"4.5\""))
case("value-selector-unfinished", GNP + "spec:\n  selector: app ==⁁\n",
     err("spec.selector", "invalid selector"))
case("value-selector-unclosed-quote", GNP + "spec:\n  selector: \"a == ⁁'b\"\n",
     err("spec.selector", "invalid selector"))
case("value-rule-selector", rule("action: Allow\nsource:\n  selector: app ⁁= web"),
     err("spec.ingress[0].source.selector", "invalid selector"))
case("value-name-uppercase", "apiVersion: projectcalico.org/v3\nkind: GlobalNetworkPolicy\n"
     "metadata:\n  name: ⁁Allow_DNS\n", err("metadata.name", "invalid GlobalNetworkPolicy name \"Allow_DNS\""))
case("value-name-too-long", "apiVersion: projectcalico.org/v3\nkind: GlobalNetworkSet\n"
     "metadata:\n  name: ⁁" + "a" * 300 + "\n",
     err("metadata.name", "name is 300 characters long; the maximum is 253"))
case("value-label-value", NS + "  labels:\n    app: ⁁\"has space\"\n",
     err("metadata.labels.app", "invalid label value"))
case("value-label-key", NS + "  labels:\n    \"-bad\": ⁁x\n",
     err("metadata.labels.-bad", "invalid label key"))
case("value-order-abc", GNP + "spec:\n  order: ⁁abc\n",
     err("spec.order", "\"order\" must be a number, not \"abc\""))
case("value-order-quoted", GNP + "spec:\n  order: ⁁\"100\"\n",
     err("spec.order", "\"order\" must be a number, not \"100\""))
case("value-donottrack-maybe", GNP + "spec:\n  doNotTrack: ⁁maybe\n",
     err("spec.doNotTrack", "must be true or false, not \"maybe\""))
case("value-types-typo", GNP + "spec:\n  types: [⁁Ingres]\n",
     err("spec.types[0]", "invalid policy type"))
case("value-tier-name", GNP + "spec:\n  tier: ⁁Bad_Tier\n", err("spec.tier", "invalid Tier name \"Bad_Tier\""))
case("value-ingress-mapping", GNP + "spec:\n  ingress: ⁁{}\n",
     err("spec.ingress", "\"ingress\" must be a list, not a mapping"))
case("value-rule-scalar", GNP + "spec:\n  ingress: [⁁⁁Allow]\n",
     err("spec.ingress[0]", "\"ingress[0]\" must be a mapping, not \"Allow\""),
     err("spec.ingress[0].action", "the rule has no action"))
case("value-spec-list", GNP + "spec: ⁁[]\n", err("spec", "\"spec\" must be a mapping, not a list"))
case("value-metadata-scalar", "apiVersion: v1\nkind: Pod\nmetadata: ⁁⁁x\n",
     err("metadata", "\"metadata\" must be a mapping, not \"x\""),
     err("metadata.name", "a name is required"))
case("value-name-list", "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ⁁⁁[x]\n",
     err("metadata.name", "\"name\" must be a string, not a list"),
     err("metadata.name", "a name is required"))
case("value-label-mapping", NS + "  labels:\n    app: ⁁{a: b}\n",
     err("metadata.labels.app", "\"app\" must be a string, not a mapping"))
case("value-globalnetworkset-net", GNS + "spec:\n  nets: [⁁10.0.0.1/40]\n",
     err("spec.nets[0]", "10.0.0.1/40"))
case("value-http-on-egress", rule("action: Allow\nprotocol: TCP\nhttp: ⁁{methods: [GET]}",
                                   "egress"),
     err("spec.egress[0].http", "an http match is not allowed in egress rules"))
case("value-k8s-port-70000", KNP + "spec:\n  podSelector: {}\n  ingress:\n"
     "    - ports: [{port: ⁁70000}]\n", err("spec.ingress[0].ports[0].port", "70000"))
case("value-k8s-cidr", KNP + "spec:\n  podSelector: {}\n  ingress:\n"
     "    - from: [{ipBlock: {cidr: ⁁10.0.0/8}}]\n",
     err("spec.ingress[0].from[0].ipBlock.cidr", "10.0.0/8"))
case("value-k8s-endport-below", KNP + "spec:\n  podSelector: {}\n  policyTypes: [Egress]\n"
     "  egress:\n    - ports: [{port: 90, endPort: ⁁80}]\n",
     err("spec.egress[0].ports[0].endPort", "endPort 80 is below port 90"))
case("value-pod-containerport", "apiVersion: v1\nkind: Pod\nmetadata: {name: x}\n"
     "spec: {containers: [{ports: [{containerPort: ⁁http}]}]}\n",
     err("spec.containers[0].ports[0].containerPort", "must be an integer, not \"http\""))
case("value-pod-containerport-missing", "apiVersion: v1\nkind: Pod\nmetadata: {name: x}\n"
     "spec: {containers: ⁁[{ports: [{name: web}]}]}\n",
     err("spec.containers", "container port 0 is out of range"))
case("value-pod-containerport-huge-name", "apiVersion: v1\nkind: Pod\nmetadata: {name: x}\n"
     "spec: {containers: ⁁[{ports: [{containerPort: 80, name: " + "w" * 20000 + "}]}]}\n",
     err("spec.containers", "invalid container port name \"wwwwwwww"))
case("value-hostendpoint-no-node", "apiVersion: projectcalico.org/v3\nkind: HostEndpoint\n"
     "metadata: {name: h}\nspec: ⁁{interfaceName: eth0}\n",
     err("spec.node", "a HostEndpoint needs spec.node"))

# --- merge keys and aliases (small: the big ones are generated by the test) -----------------
case("merge-rule", rule("<<: &base {action: Allow, protocol: TCP}\ndestination: {ports: [80]}")
     + "    - <<: *base\n      destination: {ports: [443]}\n")
case("merge-chain-small", "apiVersion: v1\nkind: ⁁ConfigMap\nmetadata: {name: m}\ndata:\n"
     + "  m0: &m0 {k0: v}\n"
     + "".join(f"  m{i}: &m{i} {{<<: *m{i - 1}, k{i}: v}}\n" for i in range(1, 40)),
     warn("kind", "kind \"ConfigMap\" is not used by Policy Studio"))
case("merge-fan-small", "apiVersion: v1\nkind: ⁁ConfigMap\nmetadata: {name: m}\ndata:\n"
     + "".join(f"  a{j}: &a{j} {{ka{j}: v}}\n" for j in range(8))
     + "".join(f"  b{j}: &b{j} {{<<: [" + ", ".join(f"*a{k}" for k in range(8))
               + f"], kb{j}: v}}\n" for j in range(8)),
     warn("kind", "kind \"ConfigMap\" is not used by Policy Studio"))
case("merge-bad-field-through-merge", rule("<<: &base {action: Allow, ⁁protocl: TCP}"),
     err("spec.ingress[0].protocl", "did you mean \"protocol\"?"))
case("merge-invalid-port-through-alias", GNP + "spec:\n  ingress:\n"
     "    - action: Allow\n      protocol: TCP\n      destination: {ports: &p [⁁⁁70000]}\n"
     "    - action: Allow\n      protocol: TCP\n      destination: {ports: *p}\n",
     err("spec.ingress[0].destination.ports[0]", "port 70000 is out of range"),
     err("spec.ingress[1].destination.ports[0]", "port 70000 is out of range"))
case("alias-labels", "apiVersion: v1\nkind: Namespace\nmetadata: {name: a, labels: &l {x: z}}\n"
     "---\napiVersion: v1\nkind: Namespace\nmetadata: {name: b, labels: ⁁*l}\n",
     err("-", BAD_YAML))
case("alias-bomb-small", "⁁" + GNP + "spec:\n  ingress:\n    - &r {action: Allow, source: {nets: ["
     + ", ".join(f"10.0.{i // 250}.{i % 250}/32" for i in range(250)) + "]}}\n"
     + "    - *r\n" * 500,
     err("spec.ingress[393].source.nets", "the document expands to too many values through YAML aliases"))

# --- deep nesting -------------------------------------------------------------------------
case("nesting-flow-sequences", "a: " + "[" * 199 + "⁁" + "[" * 20000 + "\n",
     err("-", "nesting deeper than 200 levels is not supported"))
case("nesting-flow-mappings", "a: " + "{a: " * 199 + "⁁" + "{a: " * 5000 + "\n",
     err("-", "nesting deeper than 200 levels is not supported"))
case("nesting-block-mappings", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: m}\ndata:\n"
     + "".join(" " * (i + 2) + f"k{i}:\n" for i in range(300)) + " " * 302 + "v\n",
     ("error", "-", "nesting deeper than 200 levels is not supported", 204, 202))
case("nesting-block-sequences", "- " * 200 + "⁁" + "- " * 5000 + "x\n",
     err("-", "nesting deeper than 200 levels is not supported"))
case("nesting-block-sequence-after-key", "a: ⁁" + "- " * 50 + "x\n",
     err("-", "block sequence entries are not allowed in this context"))
case("nesting-rule-in-lists", GNP + "spec:\n  ingress:\n    - ⁁⁁" + "[" * 50 + "]" * 50 + "\n",
     err("spec.ingress[0]", "must be a mapping"), err("spec.ingress[0].action", "the rule has no action"))

# --- huge scalars -------------------------------------------------------------------------
case("huge-selector", GNP + "spec:\n  selector: ⁁a == '" + "x" * 20000 + "' &&⁁\n",
     err("spec.selector", "selector is 20010 characters long; the maximum is 1024"),
     err("spec.selector", "xxxxxxxx' &&\": unexpected end of selector"))
case("huge-label-value", NS + "  labels:\n    app: ⁁" + "v" * 20000 + "\n",
     err("metadata.labels.app", "is longer than 63 characters"))
case("huge-name", "apiVersion: projectcalico.org/v3\nkind: Tier\nmetadata:\n  name: ⁁"
     + "t" * 20000 + "\n", err("metadata.name", "is 20000 characters long; the maximum is 63"))
case("huge-port-name", ports("[⁁\"" + "p" * 20000 + "\"]"),
     err("spec.ingress[0].destination.ports[0]", "port"))
case("huge-order", GNP + "spec:\n  order: ⁁\"" + "9" * 20000 + "\"\n",
     err("spec.order", "\"order\" must be a number"))
case("huge-unknown-field", GNP + "spec:\n  ⁁" + "f" * 1000 + ": 1\n",
     err("spec." + "f" * 1000, "unknown field"))
case("huge-label-key-with-mapping-value", NS + "  labels:\n    " + "k" * 1000 + ": ⁁{a: b}\n",
     err("metadata.labels." + "k" * 1000, "must be a string, not a mapping"))
case("huge-key-twice", GNP + "spec:\n  ⁁" + "d" * 1000 + ": 1\n  ⁁" + "d" * 1000 + ": 2\n",
     err("spec." + "d" * 1000, "unknown field"), err("spec." + "d" * 1000, "unknown field"))
case("huge-key-past-the-simple-key-limit", GNP + "spec:\n  " + "f" * 1100 + "⁁: 1\n",
     err("-", "mapping values are not allowed in this context"))
case("huge-annotation-ok", NS + "  annotations:\n    note: " + "n" * 20000 + "\n")

# Every kind of value at 5,000 characters: the message quotes an excerpt.
H = "h" * 5000
case("huge-port-number", ports("[⁁" + "9" * 5000 + "]"),
     err("spec.ingress[0].destination.ports[0]", "99999999"))
case("huge-port-range", ports("[⁁\"1:" + "9" * 5000 + "\"]"),
     err("spec.ingress[0].destination.ports[0]", "99999999"))
case("huge-ipversion", rule("action: Allow\nipVersion: ⁁" + "4" * 5000),
     err("spec.ingress[0].ipVersion", "44444444"))
case("huge-order-number", GNP + "spec:\n  order: ⁁" + "9" * 5000 + "\n",
     err("spec.order", "\"order\" must be a number, not \"999"))
case("huge-icmp-type", rule("action: Allow\nprotocol: ICMP\nicmp: {type: ⁁" + "1" * 5000 + "}"),
     err("spec.ingress[0].icmp.type", "11111111"))
case("huge-action", rule("action: ⁁" + H), err("spec.ingress[0].action", "invalid action"))
case("huge-protocol", rule("action: Allow\nprotocol: ⁁" + H),
     err("spec.ingress[0].protocol", "invalid protocol"))
case("huge-net", rule("action: Allow\nsource:\n  nets: [⁁" + H + "]"),
     err("spec.ingress[0].source.nets[0]", "hhhhhhhh"))
case("huge-tier-reference", GNP + "spec:\n  tier: ⁁" + H + "\n", err("spec.tier", "Tier name"))
case("huge-namespace", "apiVersion: projectcalico.org/v3\nkind: NetworkPolicy\nmetadata:\n"
     "  name: x\n  namespace: ⁁" + H + "\n", err("metadata.namespace", "invalid namespace"))
case("huge-http-method-ok", rule("action: Allow\nprotocol: TCP\nhttp: {methods: [" + H + "]}"))
case("huge-http-path", rule("action: Allow\nprotocol: TCP\nhttp: {paths: [{exact: ⁁/" + H + "}]}"),
     err("spec.ingress[0].http.paths[0].exact", "HTTP path"))
case("huge-service-account-ok", rule("action: Allow\nsource:\n  serviceAccounts: {names: [" + H + "]}"))
case("huge-service-name", rule("action: Allow\ndestination:\n  services: {name: ⁁" + H
                               + ", namespace: prod}", "egress"),
     err("spec.egress[0].destination.services.name", "hhhhhhhh"))
case("huge-types-entry", GNP + "spec:\n  types: [⁁" + H + "]\n",
     err("spec.types[0]", "invalid policy type"))
case("huge-interface-name", "apiVersion: projectcalico.org/v3\nkind: HostEndpoint\n"
     "metadata: {name: h}\nspec: {node: n1, interfaceName: ⁁" + H + "}\n",
     err("spec.interfaceName", "invalid interfaceName"))
case("huge-expected-ip", "apiVersion: projectcalico.org/v3\nkind: HostEndpoint\n"
     "metadata: {name: h}\nspec: {node: n1, expectedIPs: [⁁" + H + "]}\n",
     err("spec.expectedIPs[0]", "hhhhhhhh"))
case("huge-annotation-key", NS + "  annotations:\n    " + "a" * 1000 + ": ⁁v\n",
     err("metadata.annotations." + "a" * 1000, "invalid annotation key"))
case("huge-k8s-cidr", KNP + "spec:\n  podSelector: {}\n  ingress:\n"
     "    - from: [{ipBlock: {cidr: ⁁" + H + "}}]\n",
     err("spec.ingress[0].from[0].ipBlock.cidr", "hhhhhhhh"))
case("huge-k8s-port-name", KNP + "spec:\n  podSelector: {}\n  ingress:\n"
     "    - ports: [{port: ⁁" + H + "}]\n", err("spec.ingress[0].ports[0].port", "hhhhhhhh"))
case("huge-k8s-label-selector-value", KNP + "spec:\n  podSelector: {matchLabels: {app: ⁁" + H
     + "}}\n", err("spec.podSelector.matchLabels.app", "hhhhhhhh"))
case("huge-stagedaction", "apiVersion: projectcalico.org/v3\nkind: StagedGlobalNetworkPolicy\n"
     "metadata: {name: x}\nspec: {stagedAction: ⁁" + H + "}\n",
     err("spec.stagedAction", "invalid stagedAction"))
case("huge-default-action", "apiVersion: projectcalico.org/v3\nkind: Tier\n"
     "metadata: {name: t}\nspec: {order: 100, defaultAction: ⁁" + H + "}\n",
     err("spec.defaultAction", "invalid defaultAction"))
case("huge-network-set-net", GNS + "spec:\n  nets: [⁁" + H + "]\n", err("spec.nets[0]", "hhhhhhhh"))
case("huge-ippool-cidr", "apiVersion: projectcalico.org/v3\nkind: IPPool\nmetadata: {name: p}\n"
     "spec: {cidr: ⁁" + H + "}\n", err("spec.cidr", "hhhhhhhh"))
case("huge-log-prefix", "apiVersion: projectcalico.org/v3\nkind: FelixConfiguration\n"
     "metadata: {name: default}\nspec: {logPrefix: \"" + "%" * 5000 + "⁁!\"}\n",
     err("spec.logPrefix", "invalid character '!' in logPrefix"))

# --- NUL bytes, invalid UTF-8, control characters ------------------------------------------
case("binary-nul-in-value", "apiVersion: v1\nkind: Nam⁁\0espace\n",
     err("-", "binary file (contains NUL bytes)"))
case("binary-nul-at-start", "⁁\0\0\0\0", err("-", "binary file (contains NUL bytes)"))
case("binary-elf", "\x7fELF\x02\x01\x01⁁\0\0\0\0\0\0\0\0\0\x03\0>\0",
     err("-", "binary file (contains NUL bytes)"))
case("utf8-invalid-byte", NS + "  labels: {a: \"b⁁\udcff\"}\n", err("-", "not valid UTF-8 (byte 0xFF)"))
case("utf8-overlong", "a: ⁁\udcc0\udcaf\n", err("-", "not valid UTF-8 (byte 0xC0)"))
case("utf8-truncated-sequence", NS + "  labels: {a: \"b⁁\udce2\udc82\"}\n",
     err("-", "not valid UTF-8"))
case("utf8-latin1-file", NS + "  annotations: {note: \"caf⁁\udce9\"}\n",
     err("-", "not valid UTF-8 (byte 0xE9)"))
case("utf8-surrogate", NS + "  labels: {a: \"⁁\udced\udca0\udc80\"}\n", err("-", "not valid UTF-8"))
case("control-soh", "apiVersion: v1\n⁁\x01kind: Namespace\n",
     err("-", "control character 0x01 is not allowed"))
case("control-escape-in-value", NS + "  labels: {a: \"b⁁\x1b[31m\"}\n",
     err("-", "control character 0x1B is not allowed"))
case("utf8-valid-non-ascii-ok", NS + "  annotations: {note: \"café ☕ 🍵\"}\n")

# --- multi-line values with an error inside --------------------------------------------------
case("multiline-literal-selector", GNP + "spec:\n  selector: ⁁|\n    app == 'a' &&\n    bad ==\n",
     err("spec.selector", "invalid selector"))
case("multiline-folded-selector", GNP + "spec:\n  selector: ⁁>\n    app == 'a' &&\n    bad ==\n",
     err("spec.selector", "invalid selector"))
case("multiline-double-quoted-selector", GNP + "spec:\n  selector: ⁁\"app == 'a' &&\n"
     "    bad ==\"\n", err("spec.selector", "invalid selector"))
case("multiline-single-quoted-selector", GNP + "spec:\n  selector: ⁁'app == \"a\" &&\n"
     "    bad =='\n", err("spec.selector", "invalid selector"))
case("multiline-plain-selector", GNP + "spec:\n  selector: ⁁app == 'a' &&\n    bad ==\n",
     err("spec.selector", "invalid selector"))
case("multiline-literal-keep-selector", GNP + "spec:\n  selector: ⁁|+\n    has(a) &&\n"
     "    !!!\n\n", err("spec.selector", "invalid selector"))
case("multiline-folded-rule-selector", rule("action: Allow\nsource:\n  selector: ⁁>-\n"
                                            "    role == 'db' ||\n    role in {"),
     err("spec.ingress[0].source.selector", "invalid selector"))
case("multiline-literal-name", "apiVersion: projectcalico.org/v3\nkind: Tier\nmetadata:\n"
     "  name: ⁁|\n    two\n    lines\n", err("metadata.name", "invalid"))
case("multiline-literal-line-break", GNP + "spec:\n  selector: ⁁|\n    app == 'a' &&\n    tier == 'b'\n",
     err("spec.selector", "line break in selector"))
case("multiline-folded-strip-ok", GNP + "spec:\n  selector: >-\n    app == 'a' &&\n    tier == 'b'\n")

# --- metadata.namespace on cluster-scoped kinds --------------------------------------------
case("namespace-on-gnp", GNP + "  namespace: ⁁prod\n",
     err("metadata.namespace", "GlobalNetworkPolicy"))
case("namespace-on-tier", "apiVersion: projectcalico.org/v3\nkind: Tier\nmetadata:\n  name: t\n"
     "  namespace: ⁁prod\n", err("metadata.namespace", "Tier"))
case("namespace-on-globalnetworkset", GNS + "  namespace: ⁁prod\n",
     err("metadata.namespace", "GlobalNetworkSet"))
case("namespace-on-hostendpoint", "apiVersion: projectcalico.org/v3\nkind: HostEndpoint\n"
     "metadata:\n  name: h\n  namespace: ⁁prod\nspec: {node: n1, interfaceName: eth0}\n",
     err("metadata.namespace", "HostEndpoint"))
case("namespace-on-namespace", NS + "  namespace: ⁁prod\n",
     warn("metadata.namespace", "Namespace is not namespaced: the namespace is ignored"))
case("namespace-on-node", "apiVersion: v1\nkind: Node\nmetadata:\n  name: n1\n"
     "  namespace: ⁁prod\n", warn("metadata.namespace", "Node is not namespaced: the namespace is ignored"))

# --- YAML 1.1 plain scalars (read as kubectl reads them) ------------------------------------
case("yaml11-port-octal-ok", ports("[010]"))
case("yaml11-port-hex-ok", ports("[0x50]"))
case("yaml11-port-0o-ok", ports("[0o120]"))
case("yaml11-port-binary-ok", ports("[0b1010000]"))
case("yaml11-port-underscore-ok", ports("[8_0]"))
case("yaml11-port-octal-70000", ports("[⁁0210560]"),
     err("spec.ingress[0].destination.ports[0]", "out of range"))
case("yaml11-port-hex-too-big", ports("[⁁0x11170]"),
     err("spec.ingress[0].destination.ports[0]", "out of range"))
case("yaml11-port-quoted-hex-is-a-name", ports("[\"0x50\"]"))
case("yaml11-order-octal-ok", GNP + "spec:\n  order: 010\n")
case("yaml11-donottrack-yes-ok", GNP + "spec:\n  doNotTrack: yes\n  applyOnForward: on\n")
case("yaml11-donottrack-no-ok", GNP + "spec:\n  doNotTrack: no\n  preDNAT: off\n")
case("yaml11-donottrack-y-is-true", GNP + "spec:\n  ⁁doNotTrack: y\n",
     err("spec.applyOnForward", "applyOnForward must be true when doNotTrack is true"))
case("yaml11-label-yes-unquoted", NS + "  labels: {a: ⁁yes}\n",
     warn("metadata.labels.a", "Kubernetes rejects unquoted numbers and booleans"))
case("yaml11-label-number-unquoted", NS + "  labels: {a: ⁁010}\n",
     warn("metadata.labels.a", "Kubernetes rejects unquoted numbers and booleans"))
case("yaml11-ipversion-hex", rule("action: Allow\nipVersion: 0x6"))
case("yaml11-protocol-number", rule("action: Allow\nprotocol: 0x6"))

# --- BOMs, tabs, line endings, empty documents ---------------------------------------------
case("bom-ok", NS, bom=True)
case("bom-with-error", NS + "  labels: {a: ⁁[b]}\n", err("metadata.labels.a", "must be a string"),
     bom=True)
case("bom-in-second-document", NS + "---\n\ufeff⁁apiVersion: v1\n⁁kind: Namespace\n"
     "metadata: {name: y}\n", err("-", "missing \"kind\""),
     err("-", "did not find expected <document start>"))
case("crlf-ok", NS.replace("\n", "\r\n") + "  labels: {a: b}\r\n")
case("crlf-with-error", (GNP + "spec:\n  order: ⁁abc\n").replace("\n", "\r\n"),
     err("spec.order", "\"order\" must be a number, not \"abc\""))
case("cr-only-line-endings", NS.replace("\n", "\r"))
case("tab-in-value-ok", NS + "  annotations: {note: \"a\tb\"}\n")
case("tab-after-colon-ok", NS + "  labels:\n    a:\tb\n")
case("tab-in-flow-ok", NS + "  labels: {a: b,\tc: d}\n")
case("tab-before-sequence-dash", GNP + "spec:\n  types:\n⁁\t- Ingress\n",
     err("-", "found character that cannot start any token"))
case("trailing-spaces-ok", NS.replace("\n", "   \n"))
case("empty-file-ok", "")
case("only-comments-ok", "# nothing here\n# at all\n")
case("only-separators-ok", "---\n---\n...\n")
case("empty-documents-between-ok", "---\n" + NS + "---\n---\n" + NS.replace("name: x", "name: y"))
case("no-final-newline-ok", NS.rstrip("\n"))

# --- document structure -------------------------------------------------------------------
case("document-scalar", "⁁hello\n", err("-", "a document must be a mapping"))
case("document-list", "---\n⁁- a\n- b\n", err("-", "a document must be a mapping"))
case("document-number", "⁁42\n", err("-", "a document must be a mapping"))
case("list-nested", "apiVersion: v1\nkind: List\nitems:\n"
     "- {apiVersion: v1, kind: ⁁List, items: []}\n", err("-", "a List cannot contain another List"))
case("list-items-mapping", "apiVersion: v1\nkind: List\nitems: ⁁{a: b}\n",
     err("items", "\"items\" must be a list, not a mapping"))
case("list-item-scalar", "apiVersion: v1\nkind: PodList\nitems:\n- {metadata: {name: a}}\n"
     "- ⁁oops\n", err("items[1]", "must be a mapping with apiVersion and kind"))
case("list-item-missing-kind", "apiVersion: v1\nkind: List\nitems:\n"
     "- ⁁apiVersion: v1\n  metadata: {name: x}\n", err("-", "missing \"kind\""))
case("spec-null-ok", GNP + "spec:\n")
case("policy-defined-twice", GNP + "spec: {}\n---\n" + GNP.replace("name: x", "name: ⁁x")
     + "spec: {}\n", err("metadata.name", "GlobalNetworkPolicy \"x\" is defined more than once"))

# --- JSON ---------------------------------------------------------------------------------
case("json-ok", '{"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": "x"}}\n',
     ext="json")
case("json-trailing-comma-read-as-yaml", '{"apiVersion": "v1", "kind": "Namespace",\n'
     ' "metadata": {"name": "x",}}\n', ext="json")
case("json-port-70000", '{"apiVersion": "projectcalico.org/v3", "kind": "GlobalNetworkPolicy",\n'
     ' "metadata": {"name": "x"},\n "spec": {"ingress": [{"action": "Allow", "protocol": "TCP",\n'
     '   "destination": {"ports": [⁁70000]}}]}}\n',
     err("spec.ingress[0].destination.ports[0]", "port 70000 is out of range"), ext="json")
case("json-unclosed", '{"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": "x"}\n⁁',
     err("-", BAD_YAML), ext="json")


def locate(text):
    """Removes the markers; returns the text and the (line, column) of each, 1-based."""
    out = []
    positions = []
    line, column = 1, 1
    for ch in text:
        if ch == MARK:
            positions.append((line, column))
            continue
        out.append(ch)
        if ch == "\n" or (ch == "\r" and "\n" not in text):
            line, column = line + 1, 1
        else:
            column += 1
    return "".join(out), positions


def main():
    os.makedirs(OUT, exist_ok=True)
    written = set()
    for name, text, expect, ext, bom in CASES:
        body, positions = locate(text)
        marked = [e for e in expect if len(e) == 3]
        if len(marked) != len(positions):
            sys.exit(f"{name}: {len(positions)} markers for {len(marked)} expectations")
        header_lines = len(expect) if expect else 1
        shift = 0 if ext == "json" else header_lines
        lines = []
        markers = iter(positions)
        for e in expect:
            if len(e) == 3:
                severity, path, message = e
                line, column = next(markers)
                line += shift
            else:
                severity, path, message, line, column = e
                if line:
                    line += shift
            lines.append(f"# expect: {severity} {line}:{column} {path} {message}")
        if not lines:
            lines.append("# expect: ok")
        header = "".join(line + "\n" for line in lines)
        data = body.encode("utf-8", "surrogateescape")
        file = os.path.join(OUT, f"{name}.{ext}")
        if ext == "json":
            with open(file + ".expect", "w", encoding="utf-8") as f:
                f.write(header)
            written.add(os.path.basename(file) + ".expect")
        else:
            data = header.encode() + data
        if bom:
            data = b"\xef\xbb\xbf" + data
        with open(file, "wb") as f:
            f.write(data)
        written.add(os.path.basename(file))
    for old in os.listdir(OUT):
        if old not in written:
            os.remove(os.path.join(OUT, old))
    print(f"{len(CASES)} cases in {os.path.relpath(OUT)}")


if __name__ == "__main__":
    main()
