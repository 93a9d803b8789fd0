<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AdminConvert</name>
    <message>
        <source>named port &quot;%1&quot; cannot be converted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port range %1-%2 starts after it ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid CIDR &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calico does not convert a nodes peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the peer sets none of the fields Calico converts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported action &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calico cannot convert this rule (%1) and denies all traffic in its place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calico cannot convert this rule (%1) and leaves it out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calico %1 does not enforce %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calico skips a ClusterNetworkPolicy whose tier is not Admin or Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calico skips a policy without a subject</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminMigrate</name>
    <message>
        <source>%1 %2 cannot be rewritten as a ClusterNetworkPolicy: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 rules; a ClusterNetworkPolicy holds at most %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action &quot;%1&quot; has no ClusterNetworkPolicy equivalent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 peers; a ClusterNetworkPolicy rule holds at most %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ports; a ClusterNetworkPolicy rule holds at most %2 protocols</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>named port &quot;%1&quot;: Calico up to 3.31 does not convert it, so this rule matches every port of every protocol, while a ClusterNetworkPolicy&apos;s destinationNamedPort matches only the port named so; keep what the cluster does (drop the rule&apos;s ports) or what the policy says (a destinationNamedPort) by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry needs exactly one of portNumber or portRange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protocol &quot;%1&quot; has no ClusterNetworkPolicy equivalent (tcp, udp, sctp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 cannot be rewritten as a ClusterNetworkPolicy: the %3 at %4 is (or becomes) the ClusterNetworkPolicy named &quot;%2&quot;, and one name serves both tiers; rename one of them first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its text holds fields or values Policy Studio does not read, which a rewrite would drop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminMigration</name>
    <message>
        <source>ClusterNetworkPolicy %1 is already in the workspace: Calico %2 ignores it, Calico %3 enforces it (the flows it changes are listed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgentClient</name>
    <message>
        <source>the agent&apos;s URL must start with https:// (got %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot reach the agent at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the agent at %1 serves node %2, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dry run: nothing was applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; whether the agent applied it is not known: read its state (generation %2 before the push)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the agent at %1 holds generation %2 now, not generation %3 the plan was made against (another push came in between): plan again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the agent at %1 holds nothing earlier than generation %2 to roll back to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Chain</name>
    <message>
        <source>ingress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>egress:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CostReport</name>
    <message>
        <source>NODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ENDPOINTS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RULES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FLAT-RULES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CHAINS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPSETS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MEMBERS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ENDPOINT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FROM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FLAT-TO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FLAT-FROM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated clusters of %1 namespaces and %2 pods on one node; rules a new connection traverses (mean / most) over %3 probes each.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POLICIES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TRAVERSED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FLAT-TRAVERSED</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This workspace: %n policies, no node with endpoints.
</source>
        <translation>
            <numerusform>This workspace: %n policy, no node with endpoints.
</numerusform>
            <numerusform>This workspace: %n policies, no node with endpoints.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This workspace: %n policies; its busiest node %1 has %2 rules (flat %3); a new connection traverses %4 / %5 (flat %6 / %7) over %8 probes.
</source>
        <translation>
            <numerusform>This workspace: %n policy; its busiest node %1 has %2 rules (flat %3); a new connection traverses %4 / %5 (flat %6 / %7) over %8 probes.
</numerusform>
            <numerusform>This workspace: %n policies; its busiest node %1 has %2 rules (flat %3); a new connection traverses %4 / %5 (flat %6 / %7) over %8 probes.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Node %1 with %n pod(s) placed: %2
</source>
        <translation>
            <numerusform>Node %1 with %n pod placed: %2
</numerusform>
            <numerusform>Node %1 with %n pods placed: %2
</numerusform>
        </translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now, IPv6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>placed, IPv6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change, IPv6</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Diff</name>
    <message>
        <source>flow %1 -&gt; %2 %3%4: %5 -&gt; %6 (%7 endpoint pairs)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(more flow changes not shown)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no semantic difference
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dscp</name>
    <message>
        <source>DSCP value %1 is out of range (0-63)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid DSCP value &quot;%1&quot;: expected a number 0-63 or a class name (DF, EF, AF11-AF43, CS0-CS6)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndpointLookup</name>
    <message>
        <source>Did you mean %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EtcdClient</name>
    <message>
        <source>cannot reach etcd at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>etcd at %1 closed the connection without answering %2; etcd does this when it has authentication enabled and no user is given: give a user name and password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>etcd at %1 closed the connection without answering %2; etcd 3.4.23 does this when authentication fails (etcd issue 15256): check the user name and password of user &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>etcd at %1 answered %2 with HTTP %3 and a body that is not JSON (is this etcd&apos;s client URL?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>etcd at %1 has authentication enabled: give a user name and password (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>etcd at %1 refused user &apos;%2&apos;: wrong user name or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>etcd at %1 did not accept the credentials of user &apos;%2&apos; (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>etcd at %1 denied %2 %3 (%4): its role needs read and write permission on the prefix /calico/resources/v3/projectcalico.org/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>etcd at %1 refused the transaction: it has more operations than etcd allows in one (its --max-txn-ops, 128 by default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>etcd at %1 refused the request: it is larger than etcd accepts (its --max-request-bytes, 1.5 MiB by default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>etcd at %1 is unavailable (%2): is its cluster without a leader?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>etcd at %1 refused %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>etcd at %1 answered %2 with HTTP %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no etcd endpoint given</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EtcdPush</name>
    <message numerus="yes">
        <source>the value holds %n resource(s), not one</source>
        <translation>
            <numerusform>the value holds %n resource, not one</numerusform>
            <numerusform>the value holds %n resources, not one</numerusform>
        </translation>
    </message>
    <message>
        <source>the value holds a %1 under the key of a %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): created by someone else at revision %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): deleted by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): changed by someone else at revision %3 (read at revision %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>etcd at %1 holds %n value(s) that cannot be read, so the push cannot tell what it would replace:
%2</source>
        <translation>
            <numerusform>etcd at %1 holds %n value that cannot be read, so the push cannot tell what it would replace:
%2</numerusform>
            <numerusform>etcd at %1 holds %n values that cannot be read, so the push cannot tell what it would replace:
%2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2: made and kept by Calico itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: Calico %3 has no such kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: not a resource a push stores in Calico&apos;s etcd datastore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is in the workspace twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 was read at resourceVersion %3, but etcd holds it at revision %4: it changed since (read it again, or remove its resourceVersion to overwrite it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 was read at resourceVersion %3, but etcd no longer holds it (remove its resourceVersion to create it again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 and %3 are stored under the same key %4 in Calico %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) in etcd carry no mark of stack &apos;%1&apos; (calicoctl or another tool wrote them): %2; nothing was written — push with adopt (policyctl push --adopt) to overwrite them</source>
        <translation>
            <numerusform>%n object in etcd carries no mark of stack &apos;%1&apos; (calicoctl or another tool wrote them): %2; nothing was written — push with adopt (policyctl push --adopt) to overwrite them</numerusform>
            <numerusform>%n objects in etcd carry no mark of stack &apos;%1&apos; (calicoctl or another tool wrote them): %2; nothing was written — push with adopt (policyctl push --adopt) to overwrite them</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; whether etcd applied the transaction is not known: run the plan again to see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the keys changed and changed back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflict: the datastore changed since the plan was read at revision %1, so nothing was written:
  %2
plan and push again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflict: the datastore changed since the push at revision %1, so nothing was restored:
  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the push was applied, but its rollback state could not be kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the rollback state %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a rollback state written by a push: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its kind is not PolicyStudioEtcdRollback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its revision is not a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entries[%1].key is not a key of a Calico resource</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EtcdPushReport</name>
    <message>
        <source>plan for etcd at %1 (revision %2, Calico %3, stack %4):
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (stored without the mark of stack %1: needs --adopt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>  %n stored object(s) without the mark of this stack left alone
</source>
        <translation>
            <numerusform>  %n stored object without the mark of this stack left alone
</numerusform>
            <numerusform>  %n stored objects without the mark of this stack left alone
</numerusform>
        </translation>
    </message>
    <message>
        <source>dry run: nothing was written
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to change: etcd already holds the workspace
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applied %1 %2 %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>applied: %n key(s) written in one transaction at revision %1
</source>
        <translation>
            <numerusform>applied: %n key written in one transaction at revision %1
</numerusform>
            <numerusform>applied: %n keys written in one transaction at revision %1
</numerusform>
        </translation>
    </message>
    <message>
        <source>rollback state: %1 (policyctl push --rollback restores what this push replaced)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was written: etcd is left as it was (revision %1 when read)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was written
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restored %1 %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed %1 %2 (the push created it)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>rolled back the push of revision %1: %n key(s) restored in one transaction at revision %2
</source>
        <translation>
            <numerusform>rolled back the push of revision %1: %n key restored in one transaction at revision %2
</numerusform>
            <numerusform>rolled back the push of revision %1: %n keys restored in one transaction at revision %2
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>pulled %n resource(s) from etcd at %1 (revision %2) into %3
</source>
        <translation>
            <numerusform>pulled %n resource from etcd at %1 (revision %2) into %3
</numerusform>
            <numerusform>pulled %n resources from etcd at %1 (revision %2) into %3
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Explain</name>
    <message>
        <source>namespace %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>namespace label %1=%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service account label %1=%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label %1=%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in a namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no service account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s namespace has no label %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s service account has no label %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no label %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is not in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is excluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 does not contain &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 does not start with &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 does not end with &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in namespace %2, and the rule wants objects outside any namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2, which is excluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (required by an exclusion)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is not excluded as required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not match %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nets %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not nets %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>namespaceSelector %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>selector %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notSelector %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service accounts %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service account selector %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ports %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not ports %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>icmp type %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not icmp type %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(HTTP match, L7 only)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FelixPurpose</name>
    <message>
        <source>named port %1 (%2) of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty chain: no rule for this direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>return once a policy of the group gave a verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jump to policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policy group: %1 policies selecting %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mark packets of established connections accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>return packets of established connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accept packets of established connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drop packets conntrack considers invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failsafe ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clear the accept and pass marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drop VXLAN from workloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drop IP-in-IP from workloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start of tier: clear the pass mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jump to policy unless a policy passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>untracked policy allowed: leave the packet untracked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>return if the policy accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end of tier: deny unless a policy passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no applyOnForward policy: allow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jump to profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>return if the profile accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no profile accepted: deny</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to workload %1 (its ingress policy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from workload %1 (its egress policy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to host endpoint %1 (its egress policy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from host endpoint %1 (its ingress policy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forwarded to host endpoint %1 (applyOnForward egress policy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forwarded from host endpoint %1 (applyOnForward ingress policy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no all-interfaces host endpoint policy towards local workloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other interfaces: the all-interfaces host endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dispatch interface %1 to its endpoint chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dispatch interfaces %1* to a child dispatch chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (interfaces %2*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clear every Calico mark bit but accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host endpoint applyOnForward ingress policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>egress policy of the sending workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ingress policy of the receiving workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host endpoint applyOnForward egress policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocked CIDRs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filter FORWARD: workload and host-endpoint forward policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VXLAN from other nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VXLAN from elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all hosts&apos; VXLAN tunnel networks (not modelled: empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>traffic from workloads to this host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clear Calico mark bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host endpoint ingress policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host endpoint policy accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filter INPUT: traffic to this host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host to workload traffic is not policed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VXLAN to other nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host endpoint egress policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filter OUTPUT: traffic from this host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>egress policy of the workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workload to host traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocked CIDRs (none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drop traffic of unknown workload interfaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dispatch from workload interfaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dispatch to workload interfaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dispatch from host endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dispatch to host endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dispatch forwarded traffic from host endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dispatch forwarded traffic to host endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failsafe port %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failsafe inbound host ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failsafe outbound host ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hook into INPUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hook into FORWARD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accept what policy accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mark other forwarded traffic accepted (for later tables)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hook into OUTPUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failsafe port %1/%2 (replies)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hook into %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VXLAN is not tracked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mark packets from workloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workloads allowed to skip the reverse-path check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drop workload packets with a spoofed source (strict reverse-path check)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>untracked ingress policy of host endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>untracked policy accepted the packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>raw PREROUTING: anti-spoofing and untracked policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>untracked egress policy of host endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>raw OUTPUT: untracked policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workloads that skip the reverse-path check (none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from host endpoint %1 (untracked ingress policy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to host endpoint %1 (untracked egress policy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dispatch from host endpoints with untracked policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dispatch to host endpoints with untracked policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted by untracked policy in raw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pre-DNAT ingress policy of host endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pre-DNAT policy accepted the packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mangle PREROUTING: pre-DNAT policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forwarded traffic (filter FORWARD set the accept mark)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>egress policy of host endpoints for DNATed host traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host endpoint policy accepted the packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mangle POSTROUTING: host endpoint egress policy after DNAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from host endpoint %1 (pre-DNAT ingress policy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to host endpoint %1 (egress policy of DNATed traffic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dispatch from host endpoints with pre-DNAT policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dispatch by interface through the verdict map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP pools with natOutgoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP pools of workload and tunnel addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>masquerade traffic from natOutgoing pools to addresses outside the pools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>natOutgoing of IP pools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>floating IPs: destination NAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nat PREROUTING: floating IPs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nat OUTPUT: floating IPs of local traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>floating IPs: source NAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host traffic into tunnel %1 from another local address: masquerade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nat POSTROUTING: source NAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>floating IPs: destination NAT (none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>floating IPs: source NAT (none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv6 neighbour discovery and multicast listeners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local endpoints with a DSCP value (qos.projectcalico.org/dscp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this host&apos;s addresses (of its Node resource; Felix reads the interfaces)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DSCP %1 for traffic of %2 leaving the cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DSCP of traffic leaving the cluster, per local endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DSCP of traffic leaving the cluster</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Flow</name>
    <message>
        <source>a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2, got %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid JSON at offset %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a JSON array of flows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flow %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flow %1: &quot;%2&quot; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a flow field (expected %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a flow field (did you mean &quot;%1&quot;?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a string (an endpoint REF), got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a name or a number, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs &quot;icmpType&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a string (a host endpoint REF, hep:name), got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required (%1 or 1-255)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FlowGraph</name>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> types %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any other IPv4 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any other IPv6 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>denied: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FlowLog</name>
    <message>
        <source>selector %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> in namespace %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nets %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the flow is not denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2 is denied without a policy deciding (%3): no rule to add to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2 is decided by %3 %4, not a Calico policy of the workspace: change it by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the peer has neither labels nor an address to name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICMP type %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is neither a node with a host endpoint nor a global network set of the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workload %1 has no namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>namespace %1 is not in the workspace (a log of a different cluster?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no pod %1/%2 in the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pod %1/%2 is not in the workspace: traced as %3 of the same workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no pod or workload %1/%2 in the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stands for %2 pods: traced as %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no pod of %1 in the workspace: traced as its workload %2/%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no pod or workload in namespace %1 matches %2 (the log names pods only by their generateName at this aggregation level)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no host endpoint %1 in the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node %1 has no host endpoint in the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node %1 has %2 host endpoints: traced as %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no global network set %1 in the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no network set %1/%2 in the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network set %1 has no nets to trace an address of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no address logged: traced as %1 of network set %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the logged address %1 is not an IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no %1 address outside every network set to trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no address logged (pub): traced as %1, a public address in no network set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no address logged (pvt): traced as %1, a private address in no network set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record is from cluster %1, the workspace is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>destination %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown protocol %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the destination port is aggregated away (aggregation level 3): a trace needs it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>records of forwarded traffic (reporter fwd) do not say which host endpoint forwarded them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>egress at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ingress at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verdict (%1): logged %2, engine %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the log has no allow or deny action to compare (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the logged policy %1 %2 is not in the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tier %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deciding rule: logged %1, engine %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a port is a number from 0 to 65535, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a counter cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown action %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown reporter %1 (expected src or dst)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list of policy hits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a policy hit string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a policy hit object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown policy kind %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an RFC 3339 time, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown endpoint type %1 (expected wep, hep, ns or net)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list of key=value strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an address or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a flow record is a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a flow record of a known format (Whisker, Goldmane or Calico Enterprise): it has none of the keys protocol, Key, flow, proto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the input ends inside a JSON %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the file (damaged gzip data?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a key of the list response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a flow record (a JSON object), got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the input ends inside a flow record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the flow log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a readable file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the flow log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end of tier %1 (%2, selected by %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> rule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a policy hit has 5 fields separated by &apos;|&apos; (index|tier|name|action|rule), got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the policy index &apos;%1&apos; is not a whole number of at least 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tier and the policy name must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the action &apos;%1&apos; is not allow, deny or pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rule index &apos;%1&apos; is not a whole number of at least -2 or &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the policy name in &apos;%1&apos; is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the rule(s) would not allow the flow: %1</source>
        <translation>
            <numerusform>the rule would not allow the flow: %1</numerusform>
            <numerusform>the rules would not allow the flow: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>no endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>stable labels %1 select exactly these %n endpoint(s) of the workspace</source>
        <translation>
            <numerusform>stable labels %1 select exactly this %n endpoint of the workspace</numerusform>
            <numerusform>stable labels %1 select exactly these %n endpoints of the workspace</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>stable labels %1 select exactly these %n endpoint(s) of namespace %2</source>
        <translation>
            <numerusform>stable labels %1 select exactly this %n endpoint of namespace %2</numerusform>
            <numerusform>stable labels %1 select exactly these %n endpoints of namespace %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the service account label Calico sets selects exactly these %n endpoint(s)</source>
        <translation>
            <numerusform>the service account label Calico sets selects exactly this %n endpoint</numerusform>
            <numerusform>the service account label Calico sets selects exactly these %n endpoints</numerusform>
        </translation>
    </message>
    <message>
        <source>the endpoints have no stable label in common</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no combination of their stable labels (%1) selects only them: %2 matches too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peer %1 (workload %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workload %1/%2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host endpoint %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host endpoint %1 has neither labels nor expected IPs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network set %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any private address (the log names none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any public address (the log names none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be named in a rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>namespace %1 is neither in the workspace nor has endpoints there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tier %1 is not in the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tier %1 passes what no policy of it decides: traffic the recommendation does not allow goes on to the next tier instead of being denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host endpoints labelled %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workload %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no exact stable selector: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gets no policy: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no allowed traffic observed for %1: no policy recommended for them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is left out when enforced: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the enforced policy was left out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>denied once the recommendation is enforced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspace denies it already (drift: the log says allowed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspace allows it already (drift: the log says denied)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allowed once the recommendation is enforced</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Flows</name>
    <message>
        <source>  no change proposed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  smallest change: add %1 rule %2 to %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    the flow is then allowed (traced again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    it allows nothing else between the workspace&apos;s endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>    it also allows %1 -&gt; %2 %3%4 (%n endpoint pair(s))</source>
        <translation>
            <numerusform>    it also allows %1 -&gt; %2 %3%4 (%n endpoint pair)</numerusform>
            <numerusform>    it also allows %1 -&gt; %2 %3%4 (%n endpoint pairs)</numerusform>
        </translation>
    </message>
    <message>
        <source>    (more flows not listed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records in %2 flow groups: %3 agree, %4 drift, %5 not resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; %1 records could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (cancelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DRIFT</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s), line %1</source>
        <translation>
            <numerusform>%n record, line %1</numerusform>
            <numerusform>%n records, line %1</numerusform>
        </translation>
    </message>
    <message>
        <source>  logged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  engine: %1 (%2 at %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>egress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ingress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  differs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, namespace %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message>
        <source>    before:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not resolved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records, %2 connections: %3 change verdict, %4 not resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no recommendation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(%n record(s))</source>
        <translation>
            <numerusform>(%n record)</numerusform>
            <numerusform>(%n records)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n staged policy(ies) in tier %1, order %2:</source>
        <translation>
            <numerusform>%n staged policy in tier %1, order %2:</numerusform>
            <numerusform>%n staged policies in tier %1, order %2:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n observed connection(s)</source>
        <translation>
            <numerusform>%n observed connection</numerusform>
            <numerusform>%n observed connections</numerusform>
        </translation>
    </message>
    <message>
        <source>    selector %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    the engine applies it to exactly: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    NOT EXACT: the engine also applies it to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proof (the policies enforced, each observed connection traced again):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  allowed, stays allowed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  allowed, NOT ALLOWED after: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  denied in the log, not allowed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  denied in the log, ALLOWED after: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  allowed, NOT COVERED: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    still allowed once enforced: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    DENIED once enforced: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  not resolved: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 allowed connections stay allowed, %3 of %4 denied ones are not allowed: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT proven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policies allow nothing the log did not observe between the workspace&apos;s endpoints and network sets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>They also allow %n connection(s) the log did not observe:</source>
        <translation>
            <numerusform>They also allow %n connection the log did not observe:</numerusform>
            <numerusform>They also allow %n connections the log did not observe:</numerusform>
        </translation>
    </message>
    <message>
        <source>  ... and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records, %2 connections: %3 allowed, %4 denied, %5 not covered, %6 not resolved, %7 not touching the chosen endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logged %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[%1] %2 -&gt; %3 %4 (%5): now %6; was %7</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GraphDiff</name>
    <message>
        <source>not in the new workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no policy decides it on either side</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GraphExplain</name>
    <message>
        <source>no pair of the two nodes&apos; endpoints has this verdict</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GraphLayout</name>
    <message>
        <source>Graphviz could not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lay the graph out with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>render %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown image format &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GraphObservation</name>
    <message>
        <source>%1 -&gt; %2: %3 is on no node of the graph</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GraphOverview</name>
    <message>
        <source>a grouping by label needs a key: label:KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the grouping must be prefix or label:KEY, got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GraphReport</name>
    <message numerus="yes">
        <source>Flow graph by %1: %n node(s)</source>
        <translation>
            <numerusform>Flow graph by %1: %n node</numerusform>
            <numerusform>Flow graph by %1: %n nodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n edge(s)</source>
        <translation>
            <numerusform>, %n edge</numerusform>
            <numerusform>, %n edges</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n denied pair(s)</source>
        <translation>
            <numerusform>, %n denied pair</numerusform>
            <numerusform>, %n denied pairs</numerusform>
        </translation>
    </message>
    <message>
        <source>Nodes:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denied:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3 -&gt; %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 rule %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Flow graph difference by %1: %n edge change(s)</source>
        <translation>
            <numerusform>Flow graph difference by %1: %n edge change</numerusform>
            <numerusform>Flow graph difference by %1: %n edge changes</numerusform>
        </translation>
    </message>
    <message>
        <source>  node added: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  node removed: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decided at %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>egress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ingress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end of tier %1 (%2, after %3 %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; before the edit by %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GraphView</name>
    <message numerus="yes">
        <source>%n endpoint(s)</source>
        <translation>
            <numerusform>%n endpoint</numerusform>
            <numerusform>%n endpoints</numerusform>
        </translation>
    </message>
    <message>
        <source>network sets</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonDom</name>
    <message>
        <source>the text is too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>garbage at the end of the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>illegal value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>illegal number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a control character in a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>illegal escape sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too deeply nested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a key in quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing name separator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing value separator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KubeClient</name>
    <message>
        <source>%1 (context %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the API server&apos;s URL must start with https:// (got %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot reach the Kubernetes API server at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GET %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered GET %2 with something that is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the credentials given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user %1 of the kubeconfig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 refused %3 (401 Unauthorized): the token or client certificate is wrong or expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: forbidden (403) for %2: %3 — the user needs RBAC permission for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 does not serve this API (404: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not found (404): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: conflict (409): %2%3 — another field manager owns these fields; --force-conflicts takes them over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: conflict (409): %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the server refused the content type (415): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: invalid (422): %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the service is unavailable (503: %2) — for projectcalico.org, the Calico API server is registered but not answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: HTTP %2: %3%4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KubeConvert</name>
    <message>
        <source>invalid CIDR &quot;%1&quot;: Calico converts this peer into one that matches every address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid CIDR &quot;%1&quot; in except: Calico ignores it and every later except entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this rule is dropped: its port &quot;%1&quot; cannot be converted (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KubePush</name>
    <message>
        <source>not read as one resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the cluster does not serve %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered GET %2 without a list of items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — it changed since the plan was read: plan and push again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 serves neither projectcalico.org nor crd.projectcalico.org: Calico is not installed there on the Kubernetes datastore (for Calico on etcd, use --etcd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has Calico&apos;s crd.projectcalico.org/v1 CRDs but no Calico API server: writing them directly would bypass Calico&apos;s validation and defaulting, so nothing is pushed — install the Calico API server (or use calicoctl); pull reads this cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n object(s) that cannot be read, so the push cannot tell what it would replace:
%2</source>
        <translation>
            <numerusform>%1 holds %n object that cannot be read, so the push cannot tell what it would replace:
%2</numerusform>
            <numerusform>%1 holds %n objects that cannot be read, so the push cannot tell what it would replace:
%2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2: made and kept by Calico itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: the cluster does not serve this kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: profiles are read-only on the Kubernetes datastore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: Calico %3 has no such kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: not a resource a push writes to a cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is in the workspace twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 was read at resourceVersion %3, but the cluster holds it at %4: it changed since (pull again, or remove its resourceVersion to overwrite it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 was read at resourceVersion %3, but the cluster no longer holds it (remove its resourceVersion to create it again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) in the cluster carry no mark of stack &apos;%1&apos; (kubectl, calicoctl or another tool wrote them): %2; nothing was sent — push with adopt (policyctl push --adopt) to take them over</source>
        <translation>
            <numerusform>%n object in the cluster carries no mark of stack &apos;%1&apos; (kubectl, calicoctl or another tool wrote them): %2; nothing was sent — push with adopt (policyctl push --adopt) to take them over</numerusform>
            <numerusform>%n objects in the cluster carry no mark of stack &apos;%1&apos; (kubectl, calicoctl or another tool wrote them): %2; nothing was sent — push with adopt (policyctl push --adopt) to take them over</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled before anything was applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the server refused %n change(s) in its dry run; nothing was applied:
  %1</source>
        <translation>
            <numerusform>the server refused %n change in its dry run; nothing was applied:
  %1</numerusform>
            <numerusform>the server refused %n changes in its dry run; nothing was applied:
  %1</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled after %1 of %2 change(s) were applied; the others were not sent and are left as they were</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2 of %3 change(s) were applied before it; the %4 after it were not sent and are left as they were</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not serve crd.projectcalico.org, the API group asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not serve projectcalico.org, the API group asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown Calico API group %1 (projectcalico.org/v3 or crd.projectcalico.org/v1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KubePushReport</name>
    <message>
        <source>plan for %1 (%2, Calico %3, stack %4):
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (live without the mark of stack %1: needs --adopt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>  %n live object(s) not written by this stack left alone
</source>
        <translation>
            <numerusform>  %n live object not written by this stack left alone
</numerusform>
            <numerusform>  %n live objects not written by this stack left alone
</numerusform>
        </translation>
    </message>
    <message>
        <source>dry run: the server checked every change (dryRun=All); nothing was applied
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dry run: nothing to change
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to change: the cluster already holds the workspace
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>applied: %n change(s) with server-side apply (field manager %1)
</source>
        <translation>
            <numerusform>applied: %n change with server-side apply (field manager %1)
</numerusform>
            <numerusform>applied: %n changes with server-side apply (field manager %1)
</numerusform>
        </translation>
    </message>
    <message>
        <source>failed: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) were applied; the changes marked &quot;not applied&quot; and the failed one are left as they were
</source>
        <translation>
            <numerusform>%n change was applied; the changes marked &quot;not applied&quot; and the failed one are left as they were
</numerusform>
            <numerusform>%n changes were applied; the changes marked &quot;not applied&quot; and the failed one are left as they were
</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing was applied: the cluster is left as it was
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not read: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>pulled %n resource(s) from %1 (%2) into %3
</source>
        <translation>
            <numerusform>pulled %n resource from %1 (%2) into %3
</numerusform>
            <numerusform>pulled %n resources from %1 (%2) into %3
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kubeconfig</name>
    <message>
        <source>%1: cannot start the YAML parser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2:%3: not YAML: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a kubeconfig (the document is not a mapping)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no entry named &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not base64 of a PEM file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not hold PEM data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not hold PEM data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is &apos;%1&apos;, not Config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not set: name a context (--context)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an https:// URL (plain HTTP would send the credentials in clear)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be combined with a certificate authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is true: the server&apos;s certificate would not be checked, so anyone on the path could read the credentials and change what is pushed; refused (give the cluster&apos;s CA, or allow it explicitly with --insecure-skip-tls-verify)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not supported: use a client certificate, token or tokenFile (for exec plugins, run the plugin and put its token in a tokenFile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing: a client certificate needs its key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the token file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token file %1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the kubeconfig %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: larger than 16 MiB, not a kubeconfig</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabelSelectorText</name>
    <message>
        <source>column %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an empty requirement (two commas, or a comma at an end)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a label value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a label key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: write “key in (a,b)” or “key notin (a,b)”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is given two values</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeftOut</name>
    <message>
        <source>old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left out: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left out: %1 — %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Using the last valid version of %1; the edited one is invalid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out, as Calico would reject it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Using the last valid version of %1 %2; the edited one is invalid: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out, as Calico would reject it: %1 %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (see Problems)</source>
        <translation>
            <numerusform>… and %n more (see Problems)</numerusform>
            <numerusform>… and %n more (see Problems)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lint</name>
    <message>
        <source>allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 or %n more</source>
        <translation>
            <numerusform>%1 or %n more</numerusform>
            <numerusform>%1 or %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 rule %2 of profile %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end of tier %1 (no rule of its policies allows or passes it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the default deny (no profile allows it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Felix&apos;s failsafe ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n other endpoint(s)</source>
        <translation>
            <numerusform>%1 and %n other endpoint</numerusform>
            <numerusform>%1 and %n other endpoints</numerusform>
        </translation>
    </message>
    <message>
        <source> %1 lists %2 in its types but has no %3 rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in tier %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In tier %1, which is not the last, no rule of %2 allows or passes some %4 traffic of %3 (e.g. %5): it is dropped at the end of tier %1, so the later tiers never see it (%6), in the current inventory.%7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a Log rule that no flow it matches reaches in the current inventory (e.g. %2): %3 decides it first, so nothing is logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 never decides: every flow it matches in the current inventory (e.g. %2) is decided before it by %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing %1 changes no verdict in the current inventory: every flow it decides (e.g. %2, %3) gets the same verdict without it, from %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (stagedAction Delete) would change verdicts if enforced: without %2, %3 would be %4 instead of %5, at %6, in the current inventory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 would change verdicts if enforced in place of %2: %3 would be %4 instead of %5, at %6, in the current inventory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stages a policy that is not enforced yet and would change verdicts if enforced: %2 would be %3 instead of %4, at %5, in the current inventory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 selects no host endpoint in the current inventory (its selector is %2, and doNotTrack and preDNAT policies apply to host endpoints only), so it decides nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 selects no endpoint in the current inventory (no pod, workload or host endpoint matches %2), so it decides nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 of %2 selects no endpoint and no network set in the current inventory (%3), so the rule never matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has only Log rules for %2: they record traffic but never allow, deny or pass it, so the policy decides nothing for %2 and the traffic goes on to the next policy or the end of tier %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a Log rule that no packet it matches reaches: %2 (%3) matches all of that traffic first and decides it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is held by no rule&apos;s selector in any policy or profile, so its nets decide nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ingress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>egress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rule %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 port %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 type %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 code %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from source port %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LintReport</name>
    <message>
        <source>    related: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lint: %1 error(s), %2 warning(s), %3 info</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Loader</name>
    <message>
        <source>file is too large (%1 bytes; the limit is 1 GiB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read standard input: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file or directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no .yaml, .yml or .json files in this directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be %2, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document expands to too many values through YAML aliases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a mapping of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a key must be a string, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a string: Kubernetes rejects unquoted numbers and booleans here; write %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a port number, range or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port %1 is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port %1 is out of range (0-65535)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a protocol name or number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protocol %1 is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protocol %1 is out of range (0-255)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a document must be a mapping with apiVersion and kind, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a mapping with apiVersion and kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing &quot;kind&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing &quot;apiVersion&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a List cannot contain another List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind %1 does not belong to apiVersion %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind %1 does not belong to apiVersion %2 (expected %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind %1 is not used by Policy Studio; ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown kind %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown kind %1; did you mean %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>control character %1 is not allowed in YAML text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid UTF-8 (byte %1); expected YAML or JSON text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binary file (contains NUL bytes); expected YAML or JSON text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid YAML: unknown alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid YAML: an alias refers to a node that contains it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nesting deeper than %1 levels is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid YAML: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid YAML: out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot parse the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 that starts on line %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid YAML: %1; the file ends too early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a mapping key must be a string, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field %1 in %2; did you mean %3?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate field %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the input is larger than %1 bytes; stopped reading it (a device or a stream that does not end?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apiVersion %1 is not served for kind %2 (expected %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merge keys (&lt;&lt;) add more than %1 keys to this document; it is refused, as kubectl refuses excessive aliasing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Matrix</name>
    <message>
        <source>%1 by %2 (rows: from, columns: to; A allow, - deny, P partial)
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Migration</name>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tier %1, %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, rule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calico %1 -&gt; %2: %3 of %4 AdminNetworkPolicies and BaselineAdminNetworkPolicies rewritten as ClusterNetworkPolicies
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 %2 -&gt; ClusterNetworkPolicy %2 (tier %3, priority %4)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not convertible (kept as they are):
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>equivalent: every probed flow has the same verdict under Calico %1 (before) and %2 (after) (%3 endpoints, %4 probes per pair)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n policy(ies) cannot be rewritten</source>
        <translation>
            <numerusform>%n policy cannot be rewritten</numerusform>
            <numerusform>%n policies cannot be rewritten</numerusform>
        </translation>
    </message>
    <message>
        <source>more than %1 flows differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n flow(s) differ</source>
        <translation>
            <numerusform>%n flow differs</numerusform>
            <numerusform>%n flows differ</numerusform>
        </translation>
    </message>
    <message>
        <source>the workspace has no endpoints to probe flows between (add its namespaces and pods)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not equivalent: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not proved: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 at %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: %1 under %2, %3 under %4 (%5 endpoint pairs)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flow %1 -&gt; %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(more flow changes not shown)
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NodeAgent</name>
    <message>
        <source>%1 exists already; give --force to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL could not make a key and certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the token file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token file %1 can be read by others; make it readable by its owner only (chmod 600)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token file %1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the agent&apos;s answer is not JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the agent&apos;s answer has no valid &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the request has %1 bytes or more; the agent accepts at most %2 (refused, nothing changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> in %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no bearer token: send &quot;Authorization: Bearer &lt;token&gt;&quot; with the agent&apos;s token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bearer token is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not take %2 (use %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If-Match must name a generation, such as &quot;3&quot; (got %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 chains, %2 IP sets would change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such endpoint: %1 (the agent serves /healthz, /v1/state, /v1/plan, /v1/apply, /v1/ruleset and /v1/rollback)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be started (is it installed and on PATH?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not finish in time and was stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed (exit code %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed (exit code %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP set %1 could not be removed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the current rules could not be read (%1); nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the IP sets could not be listed (%1); nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the IP sets could not be written (%1); nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the IP sets could not be swapped into place (%1); the previous sets were put back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule %1 is &quot;%2&quot;, expected &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after writing, the %1 table does not hold the rendered rules (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its chains differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; restoring the previous rules failed too: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; the previous ruleset was restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the request holds no workspace (send the node&apos;s resources as YAML)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the workspace has %n error(s); Calico would refuse it, so nothing was applied:
%1</source>
        <translation>
            <numerusform>the workspace has %n error; Calico would refuse it, so nothing was applied:
%1</numerusform>
            <numerusform>the workspace has %n errors; Calico would refuse it, so nothing was applied:
%1</numerusform>
        </translation>
    </message>
    <message>
        <source>no pod or host endpoint of the workspace is on node %1: only Felix&apos;s fixed chains are applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the state folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds the state of node %2, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generation %1 could not be applied again at start: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the agent is at generation %1, not %2: another push came first; read its state and plan again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the state could not be saved (%1); the previous ruleset was put back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the state could not be saved (%1), and putting the previous ruleset back failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generation %1 applied: %2 rules, %3 IP sets, %4 local endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no previous generation to roll back to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rolled back to the workspace of generation %1, applied as generation %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the configuration %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;key = value&apos;, got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (did you mean &apos;%1&apos;?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; keys: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dataplane must be iptables or nft, got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max-request-bytes must be a number of bytes, at least 1024, got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nft&apos;s listing of table %1 is not JSON (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chain %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chain %1 hooks &quot;%2&quot;, expected &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chain %1 is there but was not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set %1 holds %2 elements, %3 were written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set %1 is there but was not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule %1 of chain %2 is &quot;%3&quot;, expected &quot;%4&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the nft rendering defines no table; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table %1 could not be read (%2); nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nft refused the batch (%1); the previous ruleset is unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after writing, table %1 does not hold the rendered rules (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after writing, the IPv6 %1 table does not hold the rendered rules (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PolicyCompiler</name>
    <message>
        <source>does not parse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is no valid port (0-65535, min:max with min &lt;= max, or a name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is no valid ICMP match (type and code 0-255, a code needs a type)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is neither a CIDR nor an address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Port</name>
    <message>
        <source>port %1 is out of range (0-65535)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port range %1 is out of range (0-65535)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port range %1 has its minimum above its maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid port &quot;%1&quot;: expected a number, a range min:max or a port name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a port name must be 1 to 15 characters long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a port name may contain only lower-case letters, digits and &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a port name must contain at least one letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a port name must not begin or end with &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a port name must not contain &quot;--&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Protocol</name>
    <message>
        <source>unknown protocol %1 (expected %2 or 1-255)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PushPlanText</name>
    <message>
        <source>  %1 unchanged
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  kept %1: not in the workspace (--prune deletes it)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  skipped %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what changes:
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PushReport</name>
    <message>
        <source>%1 added, %2 removed, %3 changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan for node %1 at %2 (generation %3):
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  kernel: chains %1; IP sets %2; hook rules %3; %4 rules, %5 IP sets for %6 local endpoints after
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  warning: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dry run: nothing was applied
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applied %1 %2 %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applied: node %1 is at generation %2 (%3 rules, %4 IP sets, %5 ms in the kernel)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was applied: node %1 is left as it was (generation %2)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was applied: node %1 is left as it was
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 rules, %3 IP sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not programmed (FelixConfiguration ipv6Support is false)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResourceFolderWriter</name>
    <message>
        <source>%1 is not empty: pull into a new or empty folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 would be written twice: two resources of one kind share the name %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResourcePatcher</name>
    <message>
        <source>the path does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the whole resource cannot be removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a JSON patch is an array of operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>patch operation %1 (%2 %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an operation is an object with &quot;op&quot; and &quot;path&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the path is not a JSON pointer (it starts with /)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;value&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;from&quot; is missing or not a JSON pointer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value cannot be moved into itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;from&quot; %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test failed: the value is %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown operation (add, remove, replace, move, copy or test)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the patch is not valid JSON: %1 (line %2, column %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; did you mean &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no %1 named &quot;%2&quot; in the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no %1 named &quot;%2&quot; in namespace &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is in several namespaces (%3); choose one with --namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the patched %1 is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is no longer a %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the patched %1 is not valid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the patch changes the kind of %1; patches keep the kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the patched %1 sets fields that Policy Studio does not model (%2); edit the file itself</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Selector</name>
    <message>
        <source>unexpected %1 after the end of the expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end of selector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expression nested more than %1 levels deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parentheses nested more than %1 levels deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected ) but found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected end of selector, expected an expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected %1, expected an expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an operator (==, !=, in, not in, contains, starts with, ends with) after label &quot;%1&quot; but found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a quoted string after %1 but found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a set literal {...} after %1 but found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected , or } in set literal but found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a quoted string or } in set literal but found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line break in selector (only spaces and tabs may separate its parts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected == (a single = is not an operator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &amp;&amp;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected ||</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an operator after label &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a label name in has(</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label too long (%1 characters, at most %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no closing &apos;)&apos; after has(</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no closing &apos;)&apos; after all(</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no closing &apos;)&apos; after global(</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SelectorReport</name>
    <message>
        <source>canonical: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id:        %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ipset:     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matches:   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(at character %1 of the selector)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Trace</name>
    <message>
        <source>allow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deny</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pass (to the next tier)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log (and go on)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end of tier: deny</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end of tier: pass (to the next tier)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staged: would allow (not enforced)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staged: would deny (not enforced)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staged: would pass (not enforced)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staged: no rule would match (not enforced)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deny (nothing allowed the flow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not evaluated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policy %1: its selector does not parse (%2); it selects nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policy %1 rule %2: a selector does not parse (%3); it matches nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown endpoint %1 (expected namespace/name, hep:name or an IP address)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no IPv%2 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 are of different IP families</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rule&apos;s action is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rule&apos;s protocol is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rule only matches IPv%1 packets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rule&apos;s %1 are all IPv%2, so it never matches IPv%3 packets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rule&apos;s %1 exclude every IPv%2 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protocol %1 is not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protocol %1 is excluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICMP type %1 is not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rule needs ICMP type %1 and the flow gives none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICMP code %1 is not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rule needs ICMP code %1 and the flow gives none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICMP type %1 is excluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 has no address, so it is not in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is not in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 has no address, so the rule cannot tell it is outside %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is in the excluded net %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rule&apos;s %1 selector does not parse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is outside the inventory, so it matches no selector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 matches the excluded selector %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rule needs a source port in %1 and the flow gives none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rule needs a port in %1 and the flow gives none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source port %1 not in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port %1 not in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source port %1 is in the excluded ports %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port %1 is in the excluded ports %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service %1 is not in the inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source %1 is not an endpoint of service %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>destination %1 %2 port %3 is not an endpoint of service %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (its HTTP match is ignored, as Calico&apos;s iptables dataplane does: L7 needs application layer policy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (services without a namespace are taken from the policy&apos;s namespace, as the API documents; Calico&apos;s own conversion may not match them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ingress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>egress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staged policy: rule %1 would %2 the flow; staged policies are never enforced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staged policy selects %1 and has no %2 rule, so it would end the tier; staged policies are never enforced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staged policy selects %1 but none of its %2 rules would match; staged policies are never enforced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule %1 logs the packet; evaluation continues with the next rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule %1 passes the flow to the next tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule %1 allows the flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule %1 denies the flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no %1 rule of tier %2 matched; the tier&apos;s default action is Pass, so evaluation continues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policy selects %1 and has no %2 rule, so the tier denies the flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policy selects %1 but no %2 rule matched: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policies %1 of tier %2 select %3 and none has a %4 rule, so the tier denies the flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policies %1 of tier %2 select %3 but no %4 rule matched; nearest is %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policies %1 of tier %2 select %3 but no %4 rule matched; nearest are %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every applicable tier passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no policy applies to %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule %1 passes: the iptables dataplane ends this profile and continues with the next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; profile %2 rule %3 allows the flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; profile %2 rule %3 denies the flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 has no profile, so the flow is denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and no rule of the profiles %2 allowed the flow, so it is denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is outside the inventory: no Calico policy applies on this side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tier %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> port %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> from port %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> type %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error:   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flow:    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verdict: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>via %1 is not a host endpoint (expected hep:name): only host endpoints see forwarded traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; the packet is left untracked (no connection tracking) and skips the pre-DNAT, normal and forward stages of this host endpoint. Replies are not allowed automatically: they need their own untracked allow rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; a pre-DNAT allow accepts the packet and skips the normal and forward policy of this host endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 port %2 is a failsafe inbound host port (Felix FailsafeInboundHostPorts): Felix accepts it before any host endpoint policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 port %2 is a failsafe outbound host port (Felix FailsafeOutboundHostPorts): Felix accepts it before any host endpoint policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 port %2 is a failsafe inbound host port: the raw and mangle tables accept it before the untracked and pre-DNAT policies, but forwarded traffic still meets the applyOnForward policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no %1 rule of tier %2 matched; %3 tiers have no end-of-tier deny, so evaluation continues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no %1 rule decided; the next stage decides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every applyOnForward tier passed; Calico does not drop forwarded traffic no policy decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no applyOnForward policy applies to %1 for %2: Calico allows forwarded traffic by default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no verdict (on to the next stage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allow (forwarded traffic no policy decided)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failsafe ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>untracked policy (before connection tracking)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pre-DNAT policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>normal host endpoint policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forwarded traffic (applyOnForward policy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 -&gt; %2 via %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forwarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source nets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>destination nets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source notNets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>destination notNets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 rule %3: %4 &quot;%5&quot; %6; the rule matches nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rule&apos;s %1 &quot;%2&quot; %3, so the rule never matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allowed for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>denied for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ports %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every other port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FelixConfiguration %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no FelixConfiguration sets it: calico-node&apos;s ACCEPT, as Calico&apos;s installers run it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Felix accepts it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Felix returns it to the host&apos;s INPUT chain, whose own rules decide (Calico allows it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Felix drops it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the workload&apos;s own host: after the workload&apos;s egress policy, defaultEndpointToHostAction %2 (%3) decides and %4; host endpoint policy does not apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policy %1 is doNotTrack but host endpoint %2 has interfaceName &quot;*&quot;: Felix ignores untracked policy on an all-interfaces host endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workload to host (filter INPUT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; a pre-DNAT allow only marks the packet here: the workload&apos;s egress policy and defaultEndpointToHostAction still decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 port %2 is a failsafe inbound host port: the mangle table accepts it before the pre-DNAT policy, and the workload&apos;s egress policy and defaultEndpointToHostAction still decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the workload&apos;s own host: after the pre-DNAT stage of the node&apos;s all-interfaces host endpoint and the workload&apos;s egress policy, defaultEndpointToHostAction %2 (%3) decides and %4; the host endpoint&apos;s normal policy does not apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sends to its own address: the packet stays inside the pod (the kernel delivers it over the pod&apos;s loopback) and no policy sees it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>%1: %2 error(s), %3 warning(s) in %4 file(s), %5 resource(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message>
        <source>%1 &quot;%2&quot; is defined more than once; the first definition is at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid container port name &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>container port %1 is out of range: expected 1-65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid container port protocol &quot;%1&quot;: expected TCP, UDP or SCTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid protocol &quot;%1&quot;: expected TCP, UDP or SCTP (case-sensitive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port %1 is out of range: expected 1-65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid port name &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>endPort needs a numeric port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>endPort cannot be used with the named port &quot;%1&quot;: it needs a numeric port (Calico drops this rule)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>endPort %1 is below port %2: endPort must be greater than or equal to port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>endPort %1 is out of range: expected 1-65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ipBlock needs a cidr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid CIDR &quot;%1&quot;: expected e.g. 10.0.0.0/8 (Calico&apos;s conversion would turn this peer into one that matches every address)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid CIDR &quot;%1&quot; in except</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>except entry %1 must be a strict subset of the cidr %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a peer needs podSelector, namespaceSelector or ipBlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ipBlock cannot be combined with podSelector or namespaceSelector in one peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid IP address &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than one IPv%1 address: a pod has at most one address per IP family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid label key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid operator &quot;%1&quot;: expected In, NotIn, Exists or DoesNotExist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operator %1 needs at least one value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operator %1 takes no values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid stagedAction &quot;%1&quot;: expected Set, Delete, Learn or Ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with stagedAction Delete every other spec field must be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid policy type &quot;%1&quot;: expected Ingress or Egress (case-sensitive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed more than once in policyTypes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ingress rules are ignored: policyTypes does not include Ingress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>egress rules are ignored: policyTypes does not include Egress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid clusterIP &quot;%1&quot;: expected an IP address or None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid protocol &quot;%1&quot;: expected TCP, UDP or SCTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid addressType &quot;%1&quot;: expected IPv4, IPv6 or FQDN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid %1 address &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid pod CIDR &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid %1 &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replicas must not be negative (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid annotation key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotations total %1 bytes; keys and values together may not exceed 262144 bytes (256 KiB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name is required (metadata.name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (upper-case letters are not allowed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier name &quot;%1&quot; is %2 characters long; the maximum is 63</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid Tier name &quot;%1&quot;: expected lower-case letters, digits and &apos;-&apos;, starting and ending with a letter or digit, and no &apos;.&apos;%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name is %1 characters long; the maximum is 253</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid %1 name &quot;%2&quot;: expected lower-case letters, digits and &apos;-&apos; with at most one &apos;.&apos; (or a name prefixed with knp.default. or ossg.default.)%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid %1 name &quot;%2&quot;: expected lower-case letters, digits and &apos;-&apos; with at most one &apos;.&apos;%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid Service name &quot;%1&quot;: expected at most 63 lower-case letters, digits and &apos;-&apos;, starting with a letter and ending with a letter or digit%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid name &quot;%1&quot;: expected lower-case letters, digits, &apos;-&apos; and &apos;.&apos;, each &apos;.&apos;-separated part starting and ending with a letter or digit%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid namespace &quot;%1&quot;: expected at most 63 lower-case letters, digits and &apos;-&apos;, starting and ending with a letter or digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is longer than 253 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid %1 &quot;%2&quot;: expected lower-case letters, digits, &apos;-&apos; and &apos;.&apos;, each &apos;.&apos;-separated part starting and ending with a letter or digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains more than one &apos;/&apos;: a key is an optional DNS subdomain prefix, &apos;/&apos;, and a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the prefix before &apos;/&apos; must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the prefix before &apos;/&apos; must be at most 253 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the prefix &quot;%2&quot; must be a DNS subdomain (lower-case letters, digits, &apos;-&apos; and &apos;.&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the name part must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the name part must be at most 63 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the name part must consist of letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;, and start and end with a letter or digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label value &quot;%1&quot; is longer than 63 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid label value &quot;%1&quot;: expected letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;, starting and ending with a letter or digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>types lists %1 entries: expected at most 2 (Ingress and Egress)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid policy type &quot;%1&quot;: types are case-sensitive; did you mean &quot;%2&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid policy type &quot;%1&quot;: expected Ingress or Egress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed more than once in types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is only valid in a GlobalNetworkPolicy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preDNAT and doNotTrack cannot both be true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a preDNAT policy cannot have egress rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a preDNAT policy cannot have the Egress type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applyOnForward must be true when %1 is true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid performance hint &quot;%1&quot;: the only hint is AssumeNeededOnEveryNode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>performance hint &quot;%1&quot; is listed more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ingress rules are ignored: types does not include Ingress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>egress rules are ignored: types does not include Egress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names beginning with &quot;knp.default.&quot; are what Calico up to 3.31 called converted Kubernetes NetworkPolicies; this policy may clash with one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order must be a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with stagedAction Delete every spec field except tier must be empty, but %1 is set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>namespaceSelector is only valid in a GlobalNetworkPolicy: a NetworkPolicy applies to its own namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid defaultAction &quot;%1&quot;: expected Deny or Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the built-in tier &quot;%1&quot; must have order %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the built-in tier &quot;%1&quot; must have defaultAction %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the label projectcalico.org/namespace is reserved: Calico sets it itself and it may not be written on a %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid network &quot;%1&quot;: expected an IP address or a CIDR such as 10.0.0.0/8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a HostEndpoint needs spec.node: the node it belongs to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a HostEndpoint needs interfaceName or expectedIPs (or both)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid interfaceName &quot;%1&quot;: expected &quot;*&quot; or 1-15 letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid IP address &quot;%1&quot; in expectedIPs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a named port needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid port protocol &quot;%1&quot;: expected TCP, UDP or SCTP (names are case-sensitive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rules in one direction; at most %2 are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this rule is never reached: rule %1 above matches every packet and its action %2 ends the evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid ipVersion %1: expected 4 or 6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rule has no action: expected Allow, Deny, Log or Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid action &quot;%1&quot;: actions are case-sensitive; did you mean &quot;%2&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid action &quot;%1&quot;: expected Allow, Deny, Log or Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass in a profile is ambiguous: iptables and nftables end this profile and continue with the next one, while BPF and the application-layer checker treat it as Deny</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid protocol &quot;%1&quot;: protocol names are case-sensitive; did you mean &quot;%2&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICMP type %1 is out of range: expected 0-254</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICMP code %1 is out of range: expected 0-255</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an ICMP code needs an ICMP type: set type as well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>icmp needs protocol ICMP or ICMPv6, but the protocol is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>icmp needs protocol ICMP or ICMPv6; the rule sets no protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protocol ICMP is IPv4 only: ipVersion must be 4 or unset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protocol ICMPv6 is IPv6 only: ipVersion must be 6 or unset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ports listed; at most %2 are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protocol %1 does not support ports: a rule that lists ports must use protocol TCP, UDP or SCTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port %1 is invalid: port numbers must be between 1 and 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port range %1 is invalid: the first port must not be above the second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numeric port %1 needs the rule to set protocol TCP, UDP or SCTP (only named ports may be used without a protocol)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 CIDRs listed; at most %2 are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no prefix length: rule nets need a CIDR, e.g. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid CIDR &quot;%1&quot;: expected an address and prefix length such as 10.0.0.0/8 or fd00::/64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CIDR %1 has host bits set: expected the network address %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notNets contains the catch-all %1, so the rule can never match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rule&apos;s ipVersion is %1 but this list has IPv%2 CIDRs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rule mixes IPv4 and IPv6 CIDRs: all nets and notNets of one rule must be of the same IP family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protocol ICMP only matches IPv4 but the rule&apos;s CIDRs are IPv6: the rule never matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protocol ICMPv6 only matches IPv6 but the rule&apos;s CIDRs are IPv4: the rule never matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>destination ports cannot be combined with destination services: a service match uses the ports of the service&apos;s endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a service match needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>services cannot be combined with %1 in the same %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>services are not allowed in an ingress rule&apos;s destination: use them in the source of ingress rules or the destination of egress rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>services are not allowed in an egress rule&apos;s source: use them in the source of ingress rules or the destination of egress rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a service match in a GlobalNetworkPolicy needs a namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>services.namespace is empty: Calico&apos;s documentation says this means the policy&apos;s namespace (%1), but Calico itself then matches no Service; write the namespace explicitly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an http match is only allowed on Allow rules (this rule&apos;s action is %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an http match is not allowed in egress rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rule with an http match must use protocol TCP or leave the protocol unset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 HTTP methods listed; at most %2 are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP method &quot;%1&quot; is listed more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 HTTP paths listed; at most %2 are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set only one of exact and prefix in an HTTP path match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an HTTP path match needs exact or prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP path is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid HTTP path &quot;%1&quot;: it must start with &apos;/&apos; and contain no &apos;?&apos;, &apos;#&apos; or space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>selector is %1 characters long; the maximum is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid selector &quot;%1&quot;: %2 (at character %3 of the selector)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>global() can only be used in a rule&apos;s namespaceSelector (Calico rejects any selector here that contains &quot;global(&quot;, even inside a quoted value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>global() cannot be combined with other selectors: a namespaceSelector that uses global() must be exactly &quot;global()&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>global() has no special meaning in a notSelector: it is true for every endpoint, so this rule only matches addresses outside the cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key &quot;%1&quot; is used more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tier &quot;%1&quot; does not exist: define a Tier named &quot;%1&quot; (the built-in tiers are %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protocol number %1 is out of range: expected 1-255 or one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid protocol &quot;%1&quot;: expected %2 or a number 1-255</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an IPv4-mapped IPv6 spelling: Calico reads it as the IPv4 network %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notNets contains %1, a spelling of the catch-all 0.0.0.0/0 that Calico accepts; Felix drops the rule, so it never matches IPv4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an IPPool needs spec.cidr: the pool&apos;s network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid IPPool CIDR &quot;%1&quot;: expected a network such as 10.244.0.0/16 or fd00:10:244::/64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPPool CIDR &quot;%1&quot; is not strictly masked: its network is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPPool CIDR %1 overlaps the link-local range %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blockSize %1 is out of range: an IPv%2 pool&apos;s blocks are /%3 to /%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blockSize %1 is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPPool %1 is smaller than one block (/%2): Calico IPAM cannot use it unless the pool is disabled or its blockSize is at least %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid ipipMode &quot;%1&quot;: expected Never, Always or CrossSubnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid vxlanMode &quot;%1&quot;: expected Never, Always or CrossSubnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ipipMode and vxlanMode cannot both be enabled: set one of them to Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPIP is not supported on IPv6 pools: ipipMode must be Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown allowed use &quot;%1&quot;: expected Workload, Tunnel or LoadBalancer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LoadBalancer cannot be combined with Workload or Tunnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a LoadBalancer IP pool cannot have IPIP or VXLAN enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a LoadBalancer IP pool cannot disable BGP export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a LoadBalancer IP pool must have nodeSelector all()</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an IP pool with allowed use Tunnel cannot have a namespaceSelector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid assignmentMode &quot;%1&quot;: expected Automatic or Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPPool %1 (%2) overlaps IPPool %3 (%4, %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a namespace must not be given: %1 is not a namespaced resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not namespaced: the namespace is ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port %1 is out of range: expected 1 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set exactly one of tcp, udp, sctp or destinationNamedPort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set exactly one of portNumber, namedPort or portRange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a port range needs both start and end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port range %1-%2: start must be less than end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rules; at most %2 are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rule name is longer than 100 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action is required: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid action &quot;%1&quot;: expected %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from needs at least one peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to needs at least one peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 peers; at most %2 are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a peer sets exactly one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 networks; at most 25 are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid CIDR &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calico does not convert a nodes peer: the rule is replaced by a Deny rule when it denies or passes, and left out when it allows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 entries; at most %2 are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calico does not convert named ports here: this entry matches every port of every protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a BaselineAdminNetworkPolicy must be named &quot;default&quot; (there is only one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tier is required: Admin or Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid tier &quot;%1&quot;: expected Admin or Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>priority is required (0 to 1000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>priority %1 is out of range: expected 0 to 1000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the subject sets exactly one of namespaces or pods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calico %1 does not enforce %2 (Calico %3 does); the cluster ignores it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calico %1 does not enforce %2 (it did before %3: policyctl convert --to clusternetworkpolicy rewrites it); the cluster ignores it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calico %1 does not understand %2 (it arrived in Calico %3); the cluster would refuse it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calico %1 has no tiers (they arrived in Calico %2); the policy cannot be in tier &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calico %1 requires the name of a policy in tier &quot;%2&quot; to start with &quot;%2.&quot; (Calico 3.32 dropped the rule)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policyTypes is not set: Calico applies this staged policy to ingress only and ignores these egress rules (the Kubernetes API server would add Egress to a NetworkPolicy, but this kind is Calico&apos;s); write policyTypes explicitly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policyTypes is not set: the Kubernetes API server sets it to Ingress and Egress, so this policy, which has no ingress rules, also denies all ingress to the pods it selects; write policyTypes: [Egress] for an egress-only policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policyTypes is not set: the Kubernetes API server sets it to Ingress and Egress because of these egress rules; write policyTypes explicitly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Kubernetes API server sets label %1 to the namespace&apos;s name: &quot;%2&quot; replaces &quot;%3&quot;, and selectors see &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid value &quot;%1&quot;: expected %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a failsafe port needs a protocol: TCP, UDP or SCTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid failsafe port protocol &quot;%1&quot;: expected TCP, UDP or SCTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid failsafe port net &quot;%1&quot;: expected a CIDR or an address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Felix reads failsafe ports of TCP and UDP only: with an SCTP port it cannot read this list and keeps its default ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Felix reads only the FelixConfiguration &quot;default&quot; and &quot;node.&lt;node name&gt;&quot;: &quot;%1&quot; is ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid character &apos;%1&apos; in logPrefix: letters, digits, &apos;%&apos;, &apos;:&apos;, &apos; &apos;, &apos;/&apos;, &apos;_&apos; and &apos;-&apos; only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iptablesMarkMask %1 is out of range (0 to 4294967295)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Felix marks none of this endpoint&apos;s traffic)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WhiskerClient</name>
    <message>
        <source>a Whisker backend&apos;s URL starts with http:// or https:// (got %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read flows from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Whisker backend at %1 answered HTTP %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WhiskerFollower</name>
    <message>
        <source>connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stream broke (%1); reconnecting in %2 s, try %3 of %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n record(s)</source>
        <translation>
            <numerusform>Stopped after %n record</numerusform>
            <numerusform>Stopped after %n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Failed after %n record(s): %1</source>
        <translation>
            <numerusform>Failed after %n record: %1</numerusform>
            <numerusform>Failed after %n records: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; reconnected %n time(s)</source>
        <translation>
            <numerusform>; reconnected once</numerusform>
            <numerusform>; reconnected %n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n record(s) sent again after reconnecting were dropped</source>
        <translation>
            <numerusform>; %n record sent again after reconnecting was dropped</numerusform>
            <numerusform>; %n records sent again after reconnecting were dropped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n line(s) could not be read</source>
        <translation>
            <numerusform>; %n line could not be read</numerusform>
            <numerusform>; %n lines could not be read</numerusform>
        </translation>
    </message>
    <message>
        <source>the Whisker backend at %1 ended the stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>gave up after %n try(ies) to reconnect: %1</source>
        <translation>
            <numerusform>gave up after %n try to reconnect: %1</numerusform>
            <numerusform>gave up after %n tries to reconnect: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkspaceSettings</name>
    <message>
        <source>expected &quot;key = value&quot;, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown setting &quot;%1&quot; (known: %2); ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calico-version must be one of %1, got &quot;%2&quot;; using %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceStore</name>
    <message>
        <source> (line %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept %1%2 as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 has no file to be saved to; choose one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 cannot be written back: its text holds fields or values that were not read (see the problems reported when it was loaded), and writing it would drop them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its text holds fields or values that were not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: the new text would not read back as the resources it should hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 cannot be written as JSON: its text holds fields or values that were not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: kept %3 %4 as written: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: kept as written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it could not be read completely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it cannot be written back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not read from a file and cannot be written back; save the workspace under a new name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text and cannot be written back without changing its encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read completely (see the problems reported when it was loaded), so it is not written back; fix the file and reload it, or undo the changes to its resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds JSON; new resources cannot be added to it, choose a YAML file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists and is not part of the workspace; choose another name or overwrite it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was deleted since it was loaded; save anyway to write it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed on disk since it was loaded (now %2 bytes, modified %3; loaded: %4 bytes); reload it, or save anyway to overwrite those changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(written before it: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is merged or aliased from another place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its value is an alias of a value written elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key does not start its line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its mapping could not be located</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list in the text has %1 items where %2 were read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an item is aliased from another place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the item does not start its line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list&apos;s items do not start their lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document could not be edited in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the item could not be located</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an edit falls outside the resource&apos;s text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two edits overlap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 cannot be written back: %3; its text holds fields or values that were not read, and writing it whole would drop them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a preview cannot be written; plan the write again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its place in the file is not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its document could not be read again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its text could not be located in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the edit cannot be written into its text: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the edit of %1 cannot be written into its text: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the edit cannot be written into its text: it would not read back as edited</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Understand and edit Calico network policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files or folders to open (default: the demo workspace).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a PNG of the window once the workspace is analysed, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not offer to restore unsaved work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User interface language, e.g. zh_CN or en (default: the ui/language setting, else the system locale).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::AddRuleDialog</name>
    <message>
        <source>Destination &amp;ports:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yes, this rule is meant to match all traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Ingress Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Egress Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an action…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow accepts the traffic, Deny drops it, Pass hands it to the next tier, Log logs it and goes on to the next rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 80, 443, 8000:8100, http — empty for any port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. app == &apos;frontend&apos; — empty for any endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 10.0.0.0/8, 192.168.1.10 — empty for any address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rotocol:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From endpoints (selector):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To endpoints (selector):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From &amp;nets:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To &amp;nets:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what the rule does with the traffic it matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selector: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nets: “%1” is neither a CIDR nor an address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a protocol, ports, a selector or nets, or confirm that the rule is meant to match all traffic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only TCP, UDP and SCTP rules can name ports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from every source, on every protocol and port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to every destination, on every protocol and port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As it stands, this rule matches all traffic %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This rule matches all traffic %1: %2 applies to every packet that reaches it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::AdminPolicyForm</name>
    <message>
        <source>Rule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>from %n peer(s)</source>
        <translation>
            <numerusform>from %n peer</numerusform>
            <numerusform>from %n peers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>to %n peer(s)</source>
        <translation>
            <numerusform>to %n peer</numerusform>
            <numerusform>to %n peers</numerusform>
        </translation>
    </message>
    <message>
        <source>every port</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n port(s)</source>
        <translation>
            <numerusform>%n port</numerusform>
            <numerusform>%n ports</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin: before every NetworkPolicy (the admin tier); Baseline: after them (the baseline tier)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 to 1000, lower first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order among the policies of its tier: lower priorities are evaluated first (Calico&apos;s order)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pods of namespaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{} (every namespace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A namespace selector as kubectl -l takes it: kubernetes.io/metadata.name=prod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{} (every pod)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pod selector as kubectl -l takes it: app=web</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingress rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Egress rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name for the rule (up to 100 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespace selector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pod selector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>namespaces: the pods of the namespaces the namespace selector picks; pods: the pods both selectors pick. A selector as kubectl -l takes it, {} for everything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports (none: every port):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol TCP, UDP or SCTP; a port number, a range (a number and an end port) or a named port (no protocol); empty: every port of the protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ingress rule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>egress rule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a rule&apos;s name has at most 100 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peer %1: the peer is one of %2, not “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peer %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pod selector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>namespace selector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peer %1: give the networks, CIDRs separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port %1: the protocol is TCP, UDP or SCTP, not “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port %1: a named port goes without a protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port %1: a named port has no end port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port %1: a ClusterNetworkPolicy port names its protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port %1: a port is from 1 to 65535, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port %1: an end port needs a start port and is from it to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port %1: give a port number, a range or a named port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>priority: a number from 0 to 1000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subject, namespace selector: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subject, pod selector: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>protocol TCP on %n port(s)</source>
        <translation>
            <numerusform>protocol TCP on %n port</numerusform>
            <numerusform>protocol TCP on %n ports</numerusform>
        </translation>
    </message>
    <message>
        <source>order 1000 in the baseline tier (no priority)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rule without peers matches nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implied, not written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected rule up (Alt+Up): rules are matched in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected rule down (Alt+Down): rules are matched in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node selector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>namespaces: the pods of the namespaces the namespace selector picks; pods: the pods both selectors pick; networks: CIDRs separated by commas; nodes: the host addresses of the nodes the node selector picks (Calico does not convert such a peer). A selector as kubectl -l takes it, {} for everything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node selector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add ingress rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add egress rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::AdminPolicyView</name>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As Calico policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: edit it in the form (every change is undoable; a save writes only what changed). Calico %2 enforces it as the policy of the last tab, in tier %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: edit it in the form (every change is undoable; a save writes only what changed). Calico %2 does not enforce it: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># Calico %1 does not convert this policy: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::ChainDelegate</name>
    <message>
        <source>Allow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deny</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubernetes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staged global</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staged Kubernetes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logged, goes on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passes to the next tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decides: allow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decides: deny</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>would match (staged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staged (not enforced)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on to the next stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not on this flow&apos;s path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STAGE</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::ChainModel</name>
    <message>
        <source>rule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ingress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>egress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staged policies only: not enforced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default action: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>selector %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no %1 rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no %1 rules: on to the next policy of the tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no %1 rules: on to the end of the tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staged policies only: the tier is skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end of tier: pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what no rule decided goes on to the next tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end of tier: deny</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what no rule allowed, denied or passed is denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no policy applies for %1: the profiles decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reached only when every tier passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not defined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default: deny</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing allowed the flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (staged, not enforced)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no end-of-tier deny</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end of tier: no verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failsafe ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untracked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-DNAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted before any policy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>doNotTrack · before conntrack · an allow skips the later stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preDNAT · before DNAT · an allow skips normal and forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applyOnForward · forwarded traffic only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>traffic to or from the host itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no policy: the stage does not apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no verdict: on to the next stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pre-DNAT next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>normal or forward next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default: allow forwarded traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every tier passed: allow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what no policy decided is allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::ChainView</name>
    <message>
        <source>Allow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deny</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>traced path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evaluated, no match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deciding rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staged (not enforced)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is this denied?…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace a flow to or from this endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingress rule chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Egress rule chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule chain of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an endpoint in the inventory, or trace a flow, to see the rules that apply to it in the order Calico evaluates them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysing the workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in the workspace any more.
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is outside the inventory: Calico applies no policy there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule chain of %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The traced flow could not be evaluated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traced: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALLOWED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DENIED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traced %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The flow does not pass through %1&apos;s policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open rule %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Egress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingress — arriving at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Egress — leaving %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · not in this trace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::ChangesPanel</name>
    <message>
        <source>&amp;Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the edited workspace with the saved files again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the edited workspace with the policies of another folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes since the last save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared with: the saved files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare shows what the edits change: policies, and the flows whose verdict changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the analysis of the edited workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared with: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change: the same policies, every flow has the same verdict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n policies changed; no flow changes its verdict.</source>
        <translation>
            <numerusform>%n policy changed; no flow changes its verdict.</numerusform>
            <numerusform>%n policies changed; no flow changes its verdict.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n policies changed; %1 flows change their verdict (activate one to trace it).</source>
        <translation>
            <numerusform>%n policy changed; %1 flows change their verdict (activate one to trace it).</numerusform>
            <numerusform>%n policies changed; %1 flows change their verdict (activate one to trace it).</numerusform>
        </translation>
    </message>
    <message>
        <source>Policies (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed %1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flows whose verdict changes (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2 %3 port %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — activate to trace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(more flow changes not shown)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::ChartsPanel</name>
    <message>
        <source> (the %1 largest of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hart:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules per node: IP sets vs a flat rendering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules an endpoint&apos;s chains reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chains, IP sets and members per node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policies per tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policies per namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoints each policy selects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policies and rules without effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the ruleset costs the kernel, and the policy inventory in numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rendering every node and counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 nodes with endpoints: %2 rules as Calico renders them, %3 as a flat rendering would need. %4 policies, %5 endpoints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter rules per node: Calico&apos;s IP sets against one rule per address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With IP sets (as Felix renders)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flat (one rule per address)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chains, IP sets and IP set members per node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP set members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules a new connection can pass at an endpoint (its to- and from-chains)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policies per tier, in evaluation order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoints each policy selects (of %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(cluster-wide)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policies and rules without effect (lint findings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policies and rules without effect (lint findings; shadowed and redundant rules are checked here up to %1 policies)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart could not be written as PNG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policies and rules without effect (the lint is still running)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules a connection traverses as policies grow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast for a pod placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add pods like:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;unt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspace has no node or no pods to place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules a new connection traverses (mean) as policies grow: IP sets against one rule per address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules a new connection traverses: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (counting…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1,000 rules: where iptables slows down</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This workspace (%n policies, node %1)</source>
        <translation>
            <numerusform>This workspace (%n policy, node %1)</numerusform>
            <numerusform>This workspace (%n policies, node %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policies (generated cluster: %1 namespaces, %2 pods on one node)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2 policies: %3 %4 on average, at most %5 (%6 rules in all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace, node %1: %2 %3 on average with IP sets, %4 flat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast for a pod placement (computing…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast for a pod placement: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Node %1 now and with %n more pod(s) like %2</source>
        <translation>
            <numerusform>Node %1 now and with %n more pod like %2</numerusform>
            <numerusform>Node %1 now and with %n more pods like %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flat rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the pods placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now, IPv4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the pods placed, IPv4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now, IPv6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the pods placed, IPv6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policies that select nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules whose peer selects nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules shadowed by earlier ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redundant rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policies that only log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log rules never reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network sets no rule uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lint finding</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::DataplanePanel</name>
    <message>
        <source>ingress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>egress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node whose rules to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One pod or host endpoint, as if alone on its node; or the whole node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>namespace/pod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Felix&apos;s dataplane mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iptables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nftables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which text to show for the iptables dataplane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iptables-restore input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iptables-save listing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which Felix release&apos;s chain names to use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Felix 3.29–3.31 names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose an endpoint)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(whole node)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a pod or a node to see what Felix would program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysing the workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot render %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rendering…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n chain(s)</source>
        <translation>
            <numerusform>%n chain</numerusform>
            <numerusform>%n chains</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s)</source>
        <translation>
            <numerusform>%n rule</numerusform>
            <numerusform>%n rules</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n IP set(s)</source>
        <translation>
            <numerusform>%n IP set</numerusform>
            <numerusform>%n IP sets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 rule %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) from %1</source>
        <translation>
            <numerusform>%n line from %1</numerusform>
            <numerusform>%n lines from %1</numerusform>
        </translation>
    </message>
    <message>
        <source>(rendering…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP set %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1 %2, %3 rule %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2, %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chain of %1 %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from profile %1, %2 rule %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chain of profile %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calico chain %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (endpoint %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tables %1 and filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IP family: Felix programs an IPv4 and an IPv6 ruleset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv6</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::DesktopRecent</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a list of recently used files (XBEL)%2; it was left as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::Document</name>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n paths</source>
        <translation>
            <numerusform>%n path</numerusform>
            <numerusform>%n paths</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n policies</source>
        <translation>
            <numerusform>Remove %n policy</numerusform>
            <numerusform>Remove %n policies</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was removed from disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (on disk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Policy Studio)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::EntityEditor</name>
    <message>
        <source>Selector:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not selector:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespaces:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nets:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not nets:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not ports:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service accounts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names, comma separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account selector:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service namespace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CIDRs, e.g. 10.0.0.0/8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 80, 443, 8000:8080, http</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::F</name>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::FlowsModel</name>
    <message>
        <source>Allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source (egress)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>destination (ingress)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forwarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log names no policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine decides this flow as the log says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>traced as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved files decide this connection otherwise: %1 there, %2 as edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agrees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol / port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved → edited</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::FlowsPanel</name>
    <message>
        <source>&amp;Open Log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with sa&amp;ved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a Calico flow log: Whisker or Goldmane JSON, Calico Enterprise flow logs; plain or gzip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also replay the log against the saved files: mark the connections the edits since then would flip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All flows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denied by the engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flipped by the edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by endpoint, port or policy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a flow log to see, for traffic that really happened, whether the workspace decides it as the cluster did, and why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a flow to see what the log and the engine say; activate it to trace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a Flow Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow logs (*.json *.ndjson *.jsonl *.log *.gz);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The flow log could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n record(s). </source>
        <translation>
            <numerusform>Cancelled after %n record. </numerusform>
            <numerusform>Cancelled after %n records. </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) flip with the edits since the saved files.</source>
        <translation>
            <numerusform>%n connection flips with the edits since the saved files.</numerusform>
            <numerusform>%n connections flip with the edits since the saved files.</numerusform>
        </translation>
    </message>
    <message>
        <source>First unreadable record: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the saved files:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As edited:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to &amp;Whisker…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;commend…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the flows of a live Whisker backend (Calico 3.30 and later)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Least-privilege staged policies that allow exactly the connections the log observed, with the proof</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to Whisker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Whisker backend: through the Whisker pod&apos;s nginx, http://HOST:8081/whisker-backend (kubectl port-forward -n calico-system service/whisker 8081:8081)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>everything it holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no: the flows it holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the live stream of new flows for this long instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTPS: the CA file (default: the system&apos;s CAs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file holding a bearer token (mode 0600), if needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Since:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Watch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;A file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Token file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Whisker backend&apos;s URL starts with http:// or https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reading the flows %1 streams, for %n second(s)…</source>
        <translation>
            <numerusform>Reading the flows %1 streams, for %n second…</numerusform>
            <numerusform>Reading the flows %1 streams, for %n seconds…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n recommended policy(ies)</source>
        <translation>
            <numerusform>Add %n recommended policy</numerusform>
            <numerusform>Add %n recommended policies</numerusform>
        </translation>
    </message>
    <message>
        <source>Fo&amp;llow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the connected Whisker backend&apos;s live stream: new flows are explained as they arrive, until this is turned off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Following %1 — connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped following %1: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Following %1 — %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explaining the followed flows again…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::Generator</name>
    <message>
        <source>the number of namespaces must be between 0 and %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number of pods must be between 0 and %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number of policies must be between 0 and %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pods per node must be between 1 and %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number of nodes must be between 1 and %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pods need at least one namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 nodes with %2 pods each cannot hold %3 pods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cluster would need more than %1 nodes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::GraphPanel</name>
    <message>
        <source>Traced: %1 → %2. Activate to trace it in the Trace panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Denied pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with sa&amp;ved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mpute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;llapse All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also draw, red and dashed, the pairs where policy denies some flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw the difference between the saved files and the edited workspace: green edges are added, red removed, orange changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a node…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only namespaces or names containing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole graph (0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in (+ or the mouse wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out (- or the mouse wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every expanded namespace as one node again (double-click a namespace to show its workloads)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who may open connections to whom, with the exact protocols and ports. Click an edge or a node to see why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No node shown matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) match.</source>
        <translation>
            <numerusform>%n node matches.</numerusform>
            <numerusform>%n nodes match.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing the graphs of the saved and the edited workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing the flow graph…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The graph could not be laid out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved → edited: %n edge(s) changed</source>
        <translation>
            <numerusform>Saved → edited: %n edge changed</numerusform>
            <numerusform>Saved → edited: %n edges changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) added</source>
        <translation>
            <numerusform>%n node added</numerusform>
            <numerusform>%n nodes added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) removed</source>
        <translation>
            <numerusform>%n node removed</numerusform>
            <numerusform>%n nodes removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n node</numerusform>
            <numerusform>%n nodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n allowed edge(s)</source>
        <translation>
            <numerusform>%n allowed edge</numerusform>
            <numerusform>%n allowed edges</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n denied pair(s)</source>
        <translation>
            <numerusform>%n denied pair</numerusform>
            <numerusform>%n denied pairs</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Computed in %2 ms, laid out by %3 in %4 ms. Click an edge or a node to see why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only in the saved files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: the profiles decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>some of its endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tier %1; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate to open the policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click the namespace to show its workloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to show the namespace as one node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingress policies, in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Egress policies, in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside the cluster: no policy applies to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>denied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allowed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explaining…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG image (*.svg);;PNG image (*.png);;Graphviz DOT (*.dot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 edges between %2 nodes are too many to draw readably (more than %3): type in the filter on the right to draw the namespaces it matches, choose a protocol and port, or export the whole graph.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the nodes matching “%1” (the whole graph has %2 edges)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;bserved flows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a flow log in the Flows dock to draw the traffic it observed over the graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n edge(s) with observed traffic</source>
        <translation>
            <numerusform>%n edge with observed traffic</numerusform>
            <numerusform>%n edges with observed traffic</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n allowed but never observed</source>
        <translation>
            <numerusform>%n edge allowed but never observed</numerusform>
            <numerusform>%n edges allowed but never observed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n observed connection(s) on no node shown</source>
        <translation>
            <numerusform>%n observed connection on no node shown</numerusform>
            <numerusform>%n observed connections on no node shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Draw the %n connection(s) %1 observed: blue where observed and allowed, red where observed and denied, dotted grey where allowed but never observed</source>
        <translation>
            <numerusform>Draw the %n connection %1 observed: blue where observed and allowed, red where observed and denied, dotted grey where allowed but never observed</numerusform>
            <numerusform>Draw the %n connections %1 observed: blue where observed and allowed, red where observed and denied, dotted grey where allowed but never observed</numerusform>
        </translation>
    </message>
    <message>
        <source>an overview of %1 nodes and %2 edges, too many to draw one by one: namespaces grouped by the first word of their name and their network sets likewise into %3 groups, the connections between two groups merged into one edge (double-click a group to show its members, or type in the filter to draw the nodes it matches)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click the group to show its members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to show its group as one node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select and centre the first node whose name contains the text, or that carries labels matching a label selector (team == &apos;payments&apos;, or team=payments); the nodes a selector matches are outlined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the nodes whose name contains the text, or that carry labels matching a label selector (team == &apos;payments&apos;, or team=payments): namespaces by their labels, workloads and pods by theirs; the matches are outlined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the overview groups namespaces and their network sets: by the first word of their name, or by the value of a namespace label (the namespaces without it form one group). A grouping chosen here draws the graph by namespace as groups whatever its size; otherwise only a graph too large to draw is grouped, by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group when too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group by name prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview grouping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an overview of %1 nodes and %2 edges: namespaces and their network sets grouped by the value of their label %3 into %4 groups (those without it in one), the connections between two groups merged into one edge (double-click a group to show its members)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an overview of %1 nodes and %2 edges: namespaces grouped by the first word of their name and their network sets likewise into %3 groups, the connections between two groups merged into one edge (double-click a group to show its members)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group by label %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a label selector yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No node carries labels matching “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) carry labels matching “%1”: %2</source>
        <translation>
            <numerusform>%n node carries labels matching “%1”: %2</numerusform>
            <numerusform>%n nodes carry labels matching “%1”: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Not a label selector: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No node shown carries labels matching “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n added (green)</source>
        <translation>
            <numerusform>%n added (green)</numerusform>
            <numerusform>%n added (green)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed (red, dashed)</source>
        <translation>
            <numerusform>%n removed (red, dashed)</numerusform>
            <numerusform>%n removed (red, dashed)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with other connections (orange)</source>
        <translation>
            <numerusform>%n with other connections (orange)</numerusform>
            <numerusform>%n with other connections (orange)</numerusform>
        </translation>
    </message>
    <message>
        <source>Part of the graph is shown, large enough to read its names: Fit (0) shows it whole.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::GraphView</name>
    <message>
        <source> (denied)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same connections both ways</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::HelpDialog</name>
    <message>
        <source>Policy Studio Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>qrc:/help/guide.en.html</source>
        <comment>the built-in guide&apos;s page for this language: qrc:/help/guide.&lt;language&gt;.html</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::HttpPathsEdit</name>
    <message>
        <source>any path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an HTTP path match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exact: the whole path; prefix: paths that start with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this path</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::InventoryModel</name>
    <message>
        <source>no labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>labels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not defined in the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespace %1 (referenced, not defined)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespace %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pod %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service account: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>selects %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n nodes</source>
        <translation>
            <numerusform>%n node</numerusform>
            <numerusform>%n nodes</numerusform>
        </translation>
    </message>
    <message>
        <source>Node %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n endpoints</source>
        <translation>
            <numerusform>%n endpoint</numerusform>
            <numerusform>%n endpoints</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::KeyValueModel</name>
    <message>
        <source>Add label…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add annotation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a key here (or press Insert) to add an entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::KeyValueTable</name>
    <message>
        <source>Add label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove selected labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove selected annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::KubernetesPolicyForm</name>
    <message>
        <source>from anywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to anywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>from %n peer(s)</source>
        <translation>
            <numerusform>from %n peer</numerusform>
            <numerusform>from %n peers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>to %n peer(s)</source>
        <translation>
            <numerusform>to %n peer</numerusform>
            <numerusform>to %n peers</numerusform>
        </translation>
    </message>
    <message>
        <source>every port</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n port(s)</source>
        <translation>
            <numerusform>%n port</numerusform>
            <numerusform>%n ports</numerusform>
        </translation>
    </message>
    <message>
        <source>Rule %1: %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ingress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;gress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every pod of the namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pods the policy applies to, as kubectl -l takes it: app=web,tier in (a,b),!debug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pod selector:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy types:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingress rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Egress rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From (none: from anywhere):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To (none: to anywhere):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pod selector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespace selector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Except</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A selector as kubectl -l takes it; {} selects everything; an empty cell means no such selector. An IP block is a CIDR, its exceptions CIDRs separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports (none: every port):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol TCP (when empty), UDP or SCTP; a port number or a named port, empty for every port of the protocol; an end port makes a range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not written: Kubernetes implies Ingress, and Egress when there are egress rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ingress rule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>egress rule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peer %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pod selector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>namespace selector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peer %1: an IP block goes without selectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peer %1: exceptions need an IP block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peer %1: give a pod selector, a namespace selector or an IP block ({} selects everything)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port %1: the protocol is TCP, UDP or SCTP, not “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port %1: a port is from 1 to 65535, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port %1: an end port needs a port number and is from it to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pod selector: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write Them Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the values the Kubernetes API server fills in into the policy, so the file says what the cluster holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implied by the API server, not written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pod of the inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Selects no pod: the selector does not parse</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Selects &lt;a href=&quot;#pods&quot;&gt;%n pod(s)&lt;/a&gt; in %1</source>
        <translation>
            <numerusform>Selects &lt;a href=&quot;#pods&quot;&gt;%n pod&lt;/a&gt; in %1</numerusform>
            <numerusform>Selects &lt;a href=&quot;#pods&quot;&gt;%n pods&lt;/a&gt; in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>An IP block selects addresses, not pods</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n pod(s)</source>
        <translation>
            <numerusform>%n pod</numerusform>
            <numerusform>%n pods</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ps::KubernetesPolicyView</name>
    <message>
        <source>YAML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As Calico policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Kubernetes NetworkPolicy: edit it in the form (every change is undoable; a save writes only what changed). Calico enforces it as the converted NetworkPolicy of the last tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::MainWindow</name>
    <message>
        <source>Policy Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Policy Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Policy Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML and JSON (*.yaml *.yml *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter policies, tiers, sets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter namespaces, pods, labels…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataplane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is this denied?…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace from here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show rule chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Policy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Expand All Policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Collapse All Policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n policies</source>
        <translation>
            <numerusform>%n policy</numerusform>
            <numerusform>%n policies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pods</source>
        <translation>
            <numerusform>%n pod</numerusform>
            <numerusform>%n pods</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n namespaces</source>
        <translation>
            <numerusform>%n namespace</numerusform>
            <numerusform>%n namespaces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n errors</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 is not an editable Calico policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Workspace As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML (*.yaml *.yml);;JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export YAML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML (*.yaml *.yml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Policy Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a Folder of Policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover Unsaved Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy Studio did not shut down cleanly. Unsaved changes to %1 from %2 were kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore them? Discarded changes cannot be recovered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language changes the next time Policy Studio starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Policy Studio %1&lt;/h3&gt;&lt;p&gt;Understand and edit Calico network policy: tiers and policies in evaluation order, rule chains, traces and the dataplane Felix would program.&lt;/p&gt;&lt;p&gt;Licensed under the Apache License, version 2.0.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (LGPL 3) and libyaml %3 (MIT).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add %1 to the desktop&apos;s recent files: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Policy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy Studio &amp;Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the policies to delete in the workspace tree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the policy %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n policies?</source>
        <translation>
            <numerusform>Delete %n policy?</numerusform>
            <numerusform>Delete these %n policies?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit ▸ Undo brings them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n policies — Edit ▸ Undo brings them back.</source>
        <translation>
            <numerusform>Deleted %n policy — Edit ▸ Undo brings it back.</numerusform>
            <numerusform>Deleted %n policies — Edit ▸ Undo brings them back.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reloading discards your unsaved changes. Reload anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files Changed on Disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) changed on disk since Policy Studio read them: %1</source>
        <translation>
            <numerusform>%n file changed on disk since Policy Studio read it: %1</numerusform>
            <numerusform>%n files changed on disk since Policy Studio read them: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving now would overwrite those changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with Disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines starting with - are on disk; lines starting with + are what saving writes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The files on disk hold what saving would write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) changed on disk: %1</source>
        <translation>
            <numerusform>%n file changed on disk: %1</numerusform>
            <numerusform>%n files changed on disk: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All Policies for &amp;calicoctl…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Selected Policies for calicoctl…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the policies to export in the workspace tree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubernetes Policies for &amp;kubectl…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Whole &amp;Workspace as YAML…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export for calicoctl…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no Kubernetes NetworkPolicy to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no Calico policy to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n resource(s) to %1</source>
        <translation>
            <numerusform>Exported %n resource to %1</numerusform>
            <numerusform>Exported %n resources to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n policy(ies) of other kinds not written: %1)</source>
        <translation>
            <numerusform>(%n policy of another kind not written: %1)</numerusform>
            <numerusform>(%n policies of other kinds not written: %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Export for kubectl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export for calicoctl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported: these policies could not be read as written; fix them first:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow &amp;Graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+G</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lint&apos;s flow checks (end-of-tier-drop, shadowed-rule, redundant-rule, staged-differs) run here up to %1 policies; run policyctl lint for this workspace&apos;s %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Calico release the workspace is read, validated and evaluated for (Edit ▸ Calico Version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Push…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the workspace to a node agent or to Calico&apos;s etcd datastore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calico &amp;Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calico %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Migrate to ClusterNetworkPolicy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Calico Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace has no AdminNetworkPolicy or BaselineAdminNetworkPolicy to migrate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrate to ClusterNetworkPolicy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrated to ClusterNetworkPolicy; the workspace is evaluated as Calico %1 now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open from C&amp;luster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop opening; the workspace stays as it was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening cancelled: the workspace is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening: parsing %1 of %2 (%3%)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening: reading files, %1 so far…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autosave failed: %1 — your edits are not safe until you save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubernetes NetworkPolicy %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::MatrixModel</name>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partly allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3 of %4 endpoint pairs allowed) — activate to trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::MatrixPanel</name>
    <message>
        <source>Co&amp;mpute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter groups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connectivity matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which groups of endpoints may open connections to which: rows are sources, columns destinations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing the matrix…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than %1 groups by %2: choose a coarser grouping (namespace or service account), or use policyctl matrix for the whole table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 groups, %2 endpoint classes; %3 of %4 cells allowed (✓ allowed, ✗ denied, ◐ some pairs allowed). Activate a cell to trace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv);;Markdown (*.md);;JSON (*.json);;Graphviz DOT (*.dot);;Text (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::MigrationDialog</name>
    <message>
        <source>&amp;Apply Migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrate to ClusterNetworkPolicy</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Calico 3.32 enforces ClusterNetworkPolicy and no longer AdminNetworkPolicy or BaselineAdminNetworkPolicy. This rewrites the %n admin policy(ies) of the workspace and proves the result: the workspace as the release below evaluates it is compared, flow by flow, with the migrated one as Calico 3.32 evaluates it.</source>
        <translation>
            <numerusform>Calico 3.32 enforces ClusterNetworkPolicy and no longer AdminNetworkPolicy or BaselineAdminNetworkPolicy. This rewrites the %n admin policy of the workspace and proves the result: the workspace as the release below evaluates it is compared, flow by flow, with the migrated one as Calico 3.32 evaluates it.</numerusform>
            <numerusform>Calico 3.32 enforces ClusterNetworkPolicy and no longer AdminNetworkPolicy or BaselineAdminNetworkPolicy. This rewrites the %n admin policies of the workspace and proves the result: the workspace as the release below evaluates it is compared, flow by flow, with the migrated one as Calico 3.32 evaluates it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Migrate &amp;from Calico:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the admin policies in the workspace by their ClusterNetworkPolicies (undoable) and evaluate it as Calico 3.32</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rewriting and comparing every flow…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Equivalent: %n policy(ies) rewritten; no flow changes its verdict.</source>
        <translation>
            <numerusform>Equivalent: %n policy rewritten; no flow changes its verdict.</numerusform>
            <numerusform>Equivalent: %n policies rewritten; no flow changes its verdict.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not equivalent: some policies cannot be rewritten (they stay as they are); see below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not proved: the workspace has no endpoints to compare flows between. Open it with its pods and namespaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not equivalent: %n flow(s) change their verdict; see below which rules decide them.</source>
        <translation>
            <numerusform>Not equivalent: %n flow changes its verdict; see below which rules decide it.</numerusform>
            <numerusform>Not equivalent: %n flows change their verdict; see below which rules decide them.</numerusform>
        </translation>
    </message>
    <message>
        <source>The migration is not proved equivalent: %1

Apply it anyway? (Edit ▸ Undo takes it back.)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::NewPolicyDialog</name>
    <message>
        <source>Name&amp;space:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New tier&apos;s &amp;order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. allow-frontend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name that is not listed to create a new tier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 100 (lower is evaluated first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 named %2 exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 named %2 exists in %3 already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a tier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the new tier %1 an order (a number; lower is evaluated first).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::PolicyEditor</name>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1 as YAML</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::PolicyForm</name>
    <message>
        <source>Namespace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespace selector:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Egress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-DNAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply on forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host endpoint flags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a rule to edit it, or add one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (evaluated last in its tier)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all() when empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selector:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoints this policy applies to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Types:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingress rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Egress rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a rule after the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert a copy of the selected rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selects nothing: a selector does not parse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selects nothing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selects no endpoint in the inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoints selected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingress rule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Egress rule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add ingress rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add egress rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account selector:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service accounts by their labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit labels of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit annotations of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tier %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>types %1 (from the rules)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staged action %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calico&apos;s defaults, not written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not written: Calico infers the types from the rules (Egress when there are egress rules, Ingress when there are ingress rules or no egress rules)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected rule up (Alt+Up): rules are matched in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected rule down (Alt+Down): rules are matched in order</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::ProbeOptions</name>
    <message>
        <source>&amp;By:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;tocol:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Po&amp;rt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination port, 0 to 65535; empty for any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port must be a whole number from 0 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A port needs a protocol with ports (TCP, UDP, SCTP, UDPLite).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::ProblemsModel</name>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See also:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::PullDialog</name>
    <message>
        <source>Choose a Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a File</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) could not be read; nothing was written:
%1</source>
        <translation>
            <numerusform>%n object could not be read; nothing was written:
%1</numerusform>
            <numerusform>%n objects could not be read; nothing was written:
%1</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Pull</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open from Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read what a cluster runs — its namespaces, pods, service accounts, services, nodes and every Calico policy, network set and host endpoint — into a new workspace folder, and open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file&apos;s current context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kubeconfig:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA bundle (default: the system&apos;s CAs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client certificate, when etcd asks for one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: etcd without authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not remembered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Endpoints:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;A file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ce&amp;rtificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U&amp;ser:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubernetes &amp;API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;etcd datastore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Calico release the cluster runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a new or empty folder for the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calico &amp;version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Into &amp;folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder the workspace is written to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not empty: choose a new or empty folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the cluster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give etcd&apos;s client URL, such as https://10.0.0.1:2379.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading etcd…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::PushDialog</name>
    <message>
        <source>create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ush…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Roll Back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the workspace as it is edited (%1, %2) to where it is enforced. Plan shows what would change without writing anything; Push applies it as one transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n policies</source>
        <translation>
            <numerusform>%n policy</numerusform>
            <numerusform>%n policies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n host endpoints</source>
        <translation>
            <numerusform>%n host endpoint</numerusform>
            <numerusform>%n host endpoints</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Node agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;etcd datastore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the target what the push would change; nothing is written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan, confirm, then apply the plan as one transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node agent: apply again the workspace the node held before the last push. etcd: put back what the last push replaced (from its rollback file), guarded like a push</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan and the result, as policyctl push prints them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The workspace has %n error(s): the resources in error are pushed as the target reads them, or refused by it.</source>
        <translation>
            <numerusform>The workspace has %n error: the resources in error are pushed as the target reads them, or refused by it.</numerusform>
            <numerusform>The workspace has %n errors: the resources in error are pushed as the target reads them, or refused by it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the node the agent serves (checked first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the agent&apos;s token file (mode 0600)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the agent&apos;s cert.pem (default: the system&apos;s CAs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Token file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>etcd&apos;s client URLs, separated by commas, tried in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA bundle (default: the system&apos;s CAs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client certificate, when etcd asks for one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: etcd without authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name this push marks what it writes with (annotation policy-studio.io/stack)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete what this stack wrote before that the workspace no longer has (&amp;prune)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overwrite stored objects this stack did not write (calicoctl&apos;s, another stack&apos;s) (&amp;adopt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where the push keeps what it replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where a push keeps what it replaced, for Roll Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Endpoints:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;A file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ce&amp;rtificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U&amp;ser:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tack:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent&apos;s URL must start with https:// (the agent serves HTTPS only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the agent&apos;s token file (policy-agent init writes it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an etcd client URL: write http://HOST:PORT or https://HOST:PORT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give etcd&apos;s client URL, such as https://10.0.0.1:2379.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A client certificate needs its key, and a key its certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the password of etcd user “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the stack this push marks what it writes with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push to %1?

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The workspace has %n error(s).</source>
        <translation>
            <numerusform>The workspace has %n error.</numerusform>
            <numerusform>The workspace has %n errors.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ask the agent at %1 to apply again the workspace it held before its last push?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolling back on the node…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan first: the push applies the plan you have seen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to push: node %1 holds this workspace already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to create, %2 to update, %3 to delete; %4 rules and %5 IP sets after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the agent for its plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applying on the node…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the rollback file the push wrote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Put back the %n key(s) the push at %1 (revision %2) replaced?</source>
        <translation>
            <numerusform>Put back the %n key the push at %1 (revision %2) replaced?</numerusform>
            <numerusform>Put back the %n keys the push at %1 (revision %2) replaced?</numerusform>
        </translation>
    </message>
    <message>
        <source>Restoring what the push replaced…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan overwrites objects this stack did not write: tick “adopt” and plan again, or leave them out of the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to push: etcd holds this workspace already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>etcd at %1 (stack %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 to create, %2 to update, %3 to delete; %n flow(s) change verdict.</source>
        <translation>
            <numerusform>%1 to create, %2 to update, %3 to delete; %n flow changes verdict.</numerusform>
            <numerusform>%1 to create, %2 to update, %3 to delete; %n flows change verdict.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading etcd and planning…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the plan in one transaction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Restored %n key(s) as they were before the push; etcd is at revision %1 now.</source>
        <translation>
            <numerusform>Restored %n key as they were before the push; etcd is at revision %1 now.</numerusform>
            <numerusform>Restored %n keys as they were before the push; etcd is at revision %1 now.</numerusform>
        </translation>
    </message>
    <message>
        <source>Node %1 holds this workspace already: nothing to push.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The plan for node %1 (generation %2): %n change(s), %3 unchanged. Nothing was applied; Push applies this plan.</source>
        <translation>
            <numerusform>The plan for node %1 (generation %2): %n change, %3 unchanged. Nothing was applied; Push applies this plan.</numerusform>
            <numerusform>The plan for node %1 (generation %2): %n changes, %3 unchanged. Nothing was applied; Push applies this plan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Applied on node %1: generation %2, %3 rules, %4 IP sets, in %5 ms. %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was applied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (adopted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan overwrites objects this stack did not write: tick “adopt” to take them over, or leave them out of the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>etcd at %1 holds this workspace already: nothing to push.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The plan at revision %1: %n change(s); %2 flow(s) change verdict. Nothing was written; Push writes this plan.</source>
        <translation>
            <numerusform>The plan at revision %1: %n change; %2 flow(s) change verdict. Nothing was written; Push writes this plan.</numerusform>
            <numerusform>The plan at revision %1: %n changes; %2 flow(s) change verdict. Nothing was written; Push writes this plan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Written in one transaction (revision %1). Roll Back puts back what it replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the operation under way to finish; nothing is ever left half applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kubernetes API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop a Kubernetes push before its next change (the rest is not sent; what was applied stays)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kubeconfig file (default: the first file of $KUBECONFIG, else ~/.kube/config)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file&apos;s current context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete what this stack wrote before that the workspace no longer has (pr&amp;une)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update objects this stack did not write (ad&amp;opt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take over fields another field manager owns (&amp;force conflicts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubernetes has no transactions: every change is first checked by the server (dry run) and nothing is sent if it refuses one; each change carries the version read, so a change made meanwhile is refused, not overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kubeconfig:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;ack:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Kubernetes push has no rollback of its own: push the previous workspace again (Git keeps it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan updates objects this stack did not write: tick “adopt” and plan again, or leave them out of the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to push: the cluster holds this workspace already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cluster at %1 (stack %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking every change with the server, then applying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the cluster and planning…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan updates objects this stack did not write: tick “adopt” to take them over, or leave them out of the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster at %1 holds this workspace already: nothing to push.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The plan for %1: %n change(s); %2 flow(s) change verdict. Nothing was sent; Push checks every change with the server, then applies them.</source>
        <translation>
            <numerusform>The plan for %1: %n change; %2 flow(s) change verdict. Nothing was sent; Push checks every change with the server, then applies them.</numerusform>
            <numerusform>The plan for %1: %n changes; %2 flow(s) change verdict. Nothing was sent; Push checks every change with the server, then applies them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applied: %n change(s) on the cluster.</source>
        <translation>
            <numerusform>Applied: %n change on the cluster.</numerusform>
            <numerusform>Applied: %n changes on the cluster.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped part way: %1 change(s) applied, the rest left as it was: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;member (in the keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in the desktop&apos;s keychain (GNOME Keyring, KWallet); without one, in %1, which only you can read (mode 0600). Untick to forget it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::RecommendDialog</name>
    <message>
        <source>As StagedGlobalNetworkPolicy (&amp;global)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recommend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add to Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommend Policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staged policies that allow exactly the connections the log observed as allowed, and nothing else, with the engine&apos;s proof.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the host endpoints)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Endpoints of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;One policy per:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proof and report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policies (YAML)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proof</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the staged policies to the workspace (one undoable edit); they enforce nothing until they are made real</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the log, choosing selectors and proving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recommendation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No policy to recommend: the log observed no allowed connection of these endpoints that a rule can name (see the proof).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Proven: %n staged policy(ies); every observed allowed connection stays allowed and every denied one denied once they are enforced. They also allow %1 connection(s) the log did not observe (see the proof).</source>
        <translation>
            <numerusform>Proven: %n staged policy; every observed allowed connection stays allowed and every denied one denied once they are enforced. They also allow %1 connection(s) the log did not observe (see the proof).</numerusform>
            <numerusform>Proven: %n staged policies; every observed allowed connection stays allowed and every denied one denied once they are enforced. They also allow %1 connection(s) the log did not observe (see the proof).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not proven: %n staged policy(ies), but some observed connection would change its verdict or a selector is not exact (see the proof).</source>
        <translation>
            <numerusform>Not proven: %n staged policy, but some observed connection would change its verdict or a selector is not exact (see the proof).</numerusform>
            <numerusform>Not proven: %n staged policies, but some observed connection would change its verdict or a selector is not exact (see the proof).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ps::Recovery</name>
    <message>
        <source>cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot lock %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the recovery file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::RuleEditor</name>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICMP:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GET, POST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP methods:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP paths:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::RuleListModel</name>
    <message>
        <source>not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>namespaces %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accounts %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ports %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not ports %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no action)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type %1 code %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — this rule matches all traffic: every peer, protocol and port</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::SelectorEdit</name>
    <message>
        <source>column %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::TracePanel</name>
    <message>
        <source>namespace/name, hep:name or an IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap source and destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A protocol name, or its number from 1 to 255</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Protocol:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination port, 0 to 65535; empty for any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICMP type / code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICMP type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICMP code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;race</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace the flow (Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a source and a destination, then Trace to see whether Calico allows the flow, and why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a source: an endpoint (namespace/name or hep:name) or an IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a destination: an endpoint (namespace/name or hep:name) or an IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port must be a whole number from 0 to 65535, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace is still being analysed; the flow will be traced when it is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the rule chain of %1 with this flow&apos;s path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is outside the inventory: it has no rule chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show chain of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not evaluated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tier %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no policy step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Egress at the source %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingress at the destination %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forwarded through the host endpoint %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown protocol “%1”: use %2 or a number from 1 to 255.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, any port (every port gets this verdict)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verdict depends on the port: %1. Enter a port, or trace one of these:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace port: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not forwarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Via host endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host endpoint (hep:name) the flow is forwarded through, whose forward policies it passes; empty when the flow is not forwarded through a host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Via:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::WorkspaceTreeModel</name>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in evaluation order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order %1, end of tier: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not defined: referenced by a policy, treated as Deny</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Tier %1: %n policies</source>
        <translation>
            <numerusform>Tier %1: %n policy</numerusform>
            <numerusform>Tier %1: %n policies</numerusform>
        </translation>
    </message>
    <message>
        <source>order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>selects: all endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>selects: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staged: evaluated but not enforced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GlobalNetworkSet %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NetworkSet %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ingress, %2 egress rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tier %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>priority %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin policies not enforced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not enforced</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::YamlView</name>
    <message>
        <source>the text holds no policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the text must hold exactly one GlobalNetworkPolicy or NetworkPolicy (it holds %n resources)</source>
        <translation>
            <numerusform>the text must hold exactly one GlobalNetworkPolicy or NetworkPolicy (it holds %n resource)</numerusform>
            <numerusform>the text must hold exactly one GlobalNetworkPolicy or NetworkPolicy (it holds %n resources)</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form keeps the last valid policy until the YAML is fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
