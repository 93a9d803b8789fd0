<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AdminConvert</name>
    <message>
        <source>named port &quot;%1&quot; cannot be converted</source>
        <translation>无法转换命名端口“%1”</translation>
    </message>
    <message>
        <source>port range %1-%2 starts after it ends</source>
        <translation>端口范围 %1-%2 的起点大于终点</translation>
    </message>
    <message>
        <source>invalid CIDR &quot;%1&quot;</source>
        <translation>无效的 CIDR“%1”</translation>
    </message>
    <message>
        <source>Calico does not convert a nodes peer</source>
        <translation>Calico 不转换 nodes 对端</translation>
    </message>
    <message>
        <source>the peer sets none of the fields Calico converts</source>
        <translation>该对端未设置 Calico 转换的任何字段</translation>
    </message>
    <message>
        <source>unsupported action &quot;%1&quot;</source>
        <translation>不支持的动作“%1”</translation>
    </message>
    <message>
        <source>Calico cannot convert this rule (%1) and denies all traffic in its place</source>
        <translation>Calico 无法转换此规则（%1），改为拒绝所有流量</translation>
    </message>
    <message>
        <source>Calico cannot convert this rule (%1) and leaves it out</source>
        <translation>Calico 无法转换此规则（%1），将其略去</translation>
    </message>
    <message>
        <source>Calico %1 does not enforce %2</source>
        <translation>Calico %1 不执行 %2</translation>
    </message>
    <message>
        <source>Calico skips a ClusterNetworkPolicy whose tier is not Admin or Baseline</source>
        <translation>Calico 跳过层级不是 Admin 或 Baseline 的 ClusterNetworkPolicy</translation>
    </message>
    <message>
        <source>Calico skips a policy without a subject</source>
        <translation>Calico 跳过没有 subject 的策略</translation>
    </message>
</context>
<context>
    <name>AdminMigrate</name>
    <message>
        <source>%1 %2 cannot be rewritten as a ClusterNetworkPolicy: %3</source>
        <translation>%1 %2 无法重写为 ClusterNetworkPolicy：%3</translation>
    </message>
    <message>
        <source>%1 %2 rules; a ClusterNetworkPolicy holds at most %3</source>
        <translation>%1 条 %2 规则；ClusterNetworkPolicy 最多只能包含 %3 条</translation>
    </message>
    <message>
        <source>action &quot;%1&quot; has no ClusterNetworkPolicy equivalent</source>
        <translation>动作“%1”在 ClusterNetworkPolicy 中没有对应项</translation>
    </message>
    <message>
        <source>%1 peers; a ClusterNetworkPolicy rule holds at most %2</source>
        <translation>%1 个对端；ClusterNetworkPolicy 规则最多只能包含 %2 个</translation>
    </message>
    <message>
        <source>%1 ports; a ClusterNetworkPolicy rule holds at most %2 protocols</source>
        <translation>%1 个端口；ClusterNetworkPolicy 规则最多只能包含 %2 个协议</translation>
    </message>
    <message>
        <source>named port &quot;%1&quot;: Calico up to 3.31 does not convert it, so this rule matches every port of every protocol, while a ClusterNetworkPolicy&apos;s destinationNamedPort matches only the port named so; keep what the cluster does (drop the rule&apos;s ports) or what the policy says (a destinationNamedPort) by hand</source>
        <translation>命名端口“%1”：Calico 3.31 及更早版本不转换它，因此此规则匹配所有协议的所有端口，而 ClusterNetworkPolicy 的 destinationNamedPort 只匹配以该名称命名的端口；请手动决定是保留集群的实际行为（删除该规则的端口），还是保留策略的本意（使用 destinationNamedPort）</translation>
    </message>
    <message>
        <source>the entry needs exactly one of portNumber or portRange</source>
        <translation>该条目需要且只能有 portNumber 或 portRange 之一</translation>
    </message>
    <message>
        <source>protocol &quot;%1&quot; has no ClusterNetworkPolicy equivalent (tcp, udp, sctp)</source>
        <translation>协议“%1”在 ClusterNetworkPolicy 中没有对应项（tcp、udp、sctp）</translation>
    </message>
    <message>
        <source>%1 %2 cannot be rewritten as a ClusterNetworkPolicy: the %3 at %4 is (or becomes) the ClusterNetworkPolicy named &quot;%2&quot;, and one name serves both tiers; rename one of them first</source>
        <translation>%1 %2 无法重写为 ClusterNetworkPolicy：位于 %4 的 %3 已是（或将成为）名为“%2”的 ClusterNetworkPolicy，而一个名称要同时用于两个层级；请先重命名其中一个</translation>
    </message>
    <message>
        <source>its text holds fields or values Policy Studio does not read, which a rewrite would drop</source>
        <translation>其文本含有 Policy Studio 不读取的字段或值，重写会丢失它们</translation>
    </message>
</context>
<context>
    <name>AdminMigration</name>
    <message>
        <source>ClusterNetworkPolicy %1 is already in the workspace: Calico %2 ignores it, Calico %3 enforces it (the flows it changes are listed)</source>
        <translation>工作区中已有 ClusterNetworkPolicy %1：Calico %2 会忽略它，Calico %3 会执行它（已列出它改变的流量）</translation>
    </message>
</context>
<context>
    <name>AgentClient</name>
    <message>
        <source>the agent&apos;s URL must start with https:// (got %1)</source>
        <translation>代理的 URL 必须以 https:// 开头（收到的是 %1）</translation>
    </message>
    <message>
        <source>cannot reach the agent at %1: %2</source>
        <translation>无法连接 %1 处的代理：%2</translation>
    </message>
    <message>
        <source>the agent at %1 serves node %2, not %3</source>
        <translation>%1 处的代理服务于节点 %2，而不是 %3</translation>
    </message>
    <message>
        <source>dry run: nothing was applied</source>
        <translation>试运行：未应用任何内容</translation>
    </message>
    <message>
        <source>%1; whether the agent applied it is not known: read its state (generation %2 before the push)</source>
        <translation>%1；不知道代理是否已应用：请读取其状态（推送前为第 %2 代）</translation>
    </message>
    <message>
        <source>the agent at %1 holds generation %2 now, not generation %3 the plan was made against (another push came in between): plan again</source>
        <translation>%1 处的代理现在处于第 %2 代，而不是制定计划时的第 %3 代（期间有另一次推送）：请重新计划</translation>
    </message>
    <message>
        <source>the agent at %1 holds nothing earlier than generation %2 to roll back to</source>
        <translation>%1 处的代理没有早于第 %2 代的内容可供回滚</translation>
    </message>
</context>
<context>
    <name>Chain</name>
    <message>
        <source>ingress:</source>
        <translation>入站：</translation>
    </message>
    <message>
        <source>egress:</source>
        <translation>出站：</translation>
    </message>
</context>
<context>
    <name>CostReport</name>
    <message>
        <source>NODE</source>
        <translation>NODE</translation>
    </message>
    <message>
        <source>ENDPOINTS</source>
        <translation>ENDPOINTS</translation>
    </message>
    <message>
        <source>RULES</source>
        <translation>RULES</translation>
    </message>
    <message>
        <source>FLAT-RULES</source>
        <translation>FLAT-RULES</translation>
    </message>
    <message>
        <source>CHAINS</source>
        <translation>CHAINS</translation>
    </message>
    <message>
        <source>IPSETS</source>
        <translation>IPSETS</translation>
    </message>
    <message>
        <source>MEMBERS</source>
        <translation>MEMBERS</translation>
    </message>
    <message>
        <source>ENDPOINT</source>
        <translation>ENDPOINT</translation>
    </message>
    <message>
        <source>TO</source>
        <translation>TO</translation>
    </message>
    <message>
        <source>FROM</source>
        <translation>FROM</translation>
    </message>
    <message>
        <source>FLAT-TO</source>
        <translation>FLAT-TO</translation>
    </message>
    <message>
        <source>FLAT-FROM</source>
        <translation>FLAT-FROM</translation>
    </message>
    <message>
        <source>Generated clusters of %1 namespaces and %2 pods on one node; rules a new connection traverses (mean / most) over %3 probes each.
</source>
        <translation>生成的集群：%1 个命名空间，一个节点上 %2 个 Pod；新连接经过的规则数（平均 / 最多），每个集群 %3 个探测。
</translation>
    </message>
    <message>
        <source>POLICIES</source>
        <translation>POLICIES</translation>
    </message>
    <message>
        <source>TRAVERSED</source>
        <translation>TRAVERSED</translation>
    </message>
    <message>
        <source>FLAT-TRAVERSED</source>
        <translation>FLAT-TRAVERSED</translation>
    </message>
    <message numerus="yes">
        <source>This workspace: %n policies, no node with endpoints.
</source>
        <translation>
            <numerusform>本工作区：%n 个策略，没有带端点的节点。
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This workspace: %n policies; its busiest node %1 has %2 rules (flat %3); a new connection traverses %4 / %5 (flat %6 / %7) over %8 probes.
</source>
        <translation>
            <numerusform>本工作区：%n 个策略；最繁忙的节点 %1 有 %2 条规则（平铺 %3）；新连接经过 %4 / %5 条（平铺 %6 / %7），共 %8 个探测。
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Node %1 with %n pod(s) placed: %2
</source>
        <translation>
            <numerusform>节点 %1 放置 %n 个 Pod 后：%2
</numerusform>
        </translation>
    </message>
    <message>
        <source>now</source>
        <translation>现在</translation>
    </message>
    <message>
        <source>placed</source>
        <translation>放置后</translation>
    </message>
    <message>
        <source>change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>now, IPv6</source>
        <translation>现在，IPv6</translation>
    </message>
    <message>
        <source>placed, IPv6</source>
        <translation>放置后，IPv6</translation>
    </message>
    <message>
        <source>change, IPv6</source>
        <translation>变化，IPv6</translation>
    </message>
</context>
<context>
    <name>Diff</name>
    <message>
        <source>flow %1 -&gt; %2 %3%4: %5 -&gt; %6 (%7 endpoint pairs)
</source>
        <translation>流 %1 -&gt; %2 %3%4：%5 -&gt; %6（%7 个端点对）
</translation>
    </message>
    <message>
        <source>(more flow changes not shown)
</source>
        <translation>（更多流的变化未显示）
</translation>
    </message>
    <message>
        <source>no semantic difference
</source>
        <translation>没有语义差异
</translation>
    </message>
</context>
<context>
    <name>Dscp</name>
    <message>
        <source>DSCP value %1 is out of range (0-63)</source>
        <translation>DSCP 值 %1 超出范围（0-63）</translation>
    </message>
    <message>
        <source>invalid DSCP value &quot;%1&quot;: expected a number 0-63 or a class name (DF, EF, AF11-AF43, CS0-CS6)</source>
        <translation>无效的 DSCP 值“%1”：应为 0-63 的数字或类别名称（DF、EF、AF11-AF43、CS0-CS6）</translation>
    </message>
</context>
<context>
    <name>EndpointLookup</name>
    <message>
        <source>Did you mean %1?</source>
        <translation>您是指 %1 吗？</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 或 </translation>
    </message>
</context>
<context>
    <name>EtcdClient</name>
    <message>
        <source>cannot reach etcd at %1: %2</source>
        <translation>无法连接 %1 的 etcd：%2</translation>
    </message>
    <message>
        <source>etcd at %1 closed the connection without answering %2; etcd does this when it has authentication enabled and no user is given: give a user name and password</source>
        <translation>%1 的 etcd 未应答 %2 就关闭了连接；etcd 在启用认证而未给出用户时会这样：请提供用户名和密码</translation>
    </message>
    <message>
        <source>etcd at %1 closed the connection without answering %2; etcd 3.4.23 does this when authentication fails (etcd issue 15256): check the user name and password of user &apos;%3&apos;</source>
        <translation>%1 的 etcd 未应答 %2 就关闭了连接；etcd 3.4.23 在认证失败时会这样（etcd issue 15256）：请检查用户 &apos;%3&apos; 的用户名和密码</translation>
    </message>
    <message>
        <source>etcd at %1 answered %2 with HTTP %3 and a body that is not JSON (is this etcd&apos;s client URL?)</source>
        <translation>%1 的 etcd 对 %2 返回了 HTTP %3，且响应体不是 JSON（这是 etcd 的客户端 URL 吗？）</translation>
    </message>
    <message>
        <source>etcd at %1 has authentication enabled: give a user name and password (%2)</source>
        <translation>%1 的 etcd 启用了认证：请提供用户名和密码（%2）</translation>
    </message>
    <message>
        <source>etcd at %1 refused user &apos;%2&apos;: wrong user name or password</source>
        <translation>%1 的 etcd 拒绝了用户 &apos;%2&apos;：用户名或密码错误</translation>
    </message>
    <message>
        <source>etcd at %1 did not accept the credentials of user &apos;%2&apos; (%3)</source>
        <translation>%1 的 etcd 不接受用户 &apos;%2&apos; 的凭据（%3）</translation>
    </message>
    <message>
        <source>the client</source>
        <translation>客户端</translation>
    </message>
    <message>
        <source>user &apos;%1&apos;</source>
        <translation>用户 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>etcd at %1 denied %2 %3 (%4): its role needs read and write permission on the prefix /calico/resources/v3/projectcalico.org/</source>
        <translation>%1 的 etcd 拒绝了 %2 %3（%4）：其角色需要对前缀 /calico/resources/v3/projectcalico.org/ 的读写权限</translation>
    </message>
    <message>
        <source>etcd at %1 refused the transaction: it has more operations than etcd allows in one (its --max-txn-ops, 128 by default)</source>
        <translation>%1 的 etcd 拒绝了该事务：操作数超过 etcd 单个事务允许的上限（其 --max-txn-ops，默认 128）</translation>
    </message>
    <message>
        <source>etcd at %1 refused the request: it is larger than etcd accepts (its --max-request-bytes, 1.5 MiB by default)</source>
        <translation>%1 的 etcd 拒绝了该请求：请求大于 etcd 接受的大小（其 --max-request-bytes，默认 1.5 MiB）</translation>
    </message>
    <message>
        <source>etcd at %1 is unavailable (%2): is its cluster without a leader?</source>
        <translation>%1 的 etcd 不可用（%2）：它的集群是否没有 leader？</translation>
    </message>
    <message>
        <source>etcd at %1 refused %2: %3</source>
        <translation>%1 的 etcd 拒绝了 %2：%3</translation>
    </message>
    <message>
        <source>etcd at %1 answered %2 with HTTP %3</source>
        <translation>%1 的 etcd 对 %2 返回了 HTTP %3</translation>
    </message>
    <message>
        <source>no etcd endpoint given</source>
        <translation>未给出 etcd 端点</translation>
    </message>
</context>
<context>
    <name>EtcdPush</name>
    <message numerus="yes">
        <source>the value holds %n resource(s), not one</source>
        <translation>
            <numerusform>该值包含 %n 个资源，而不是一个</numerusform>
        </translation>
    </message>
    <message>
        <source>the value holds a %1 under the key of a %2</source>
        <translation>该值在 %2 的键下存放了一个 %1</translation>
    </message>
    <message>
        <source>%1 (%2): created by someone else at revision %3</source>
        <translation>%1（%2）：已被他人在修订版本 %3 创建</translation>
    </message>
    <message>
        <source>%1 (%2): deleted by someone else</source>
        <translation>%1（%2）：已被他人删除</translation>
    </message>
    <message>
        <source>%1 (%2): changed by someone else at revision %3 (read at revision %4)</source>
        <translation>%1（%2）：已被他人在修订版本 %3 修改（读取于修订版本 %4）</translation>
    </message>
    <message numerus="yes">
        <source>etcd at %1 holds %n value(s) that cannot be read, so the push cannot tell what it would replace:
%2</source>
        <translation>
            <numerusform>%1 的 etcd 中有 %n 个无法读取的值，因此推送无法判断会替换什么：
%2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2: made and kept by Calico itself</source>
        <translation>%1 %2：由 Calico 自己创建并维护</translation>
    </message>
    <message>
        <source>%1 %2: Calico %3 has no such kind</source>
        <translation>%1 %2：Calico %3 没有这种类型</translation>
    </message>
    <message>
        <source>%1 %2: not a resource a push stores in Calico&apos;s etcd datastore</source>
        <translation>%1 %2：不是推送会存入 Calico etcd 数据存储的资源</translation>
    </message>
    <message>
        <source>%1 %2 is in the workspace twice</source>
        <translation>%1 %2 在工作区中出现了两次</translation>
    </message>
    <message>
        <source>%1 %2 was read at resourceVersion %3, but etcd holds it at revision %4: it changed since (read it again, or remove its resourceVersion to overwrite it)</source>
        <translation>%1 %2 读取于 resourceVersion %3，但 etcd 中它的修订版本是 %4：之后它已被修改（请重新读取，或删除其 resourceVersion 以覆盖它）</translation>
    </message>
    <message>
        <source>%1 %2 was read at resourceVersion %3, but etcd no longer holds it (remove its resourceVersion to create it again)</source>
        <translation>%1 %2 读取于 resourceVersion %3，但 etcd 中已不再有它（删除其 resourceVersion 以重新创建）</translation>
    </message>
    <message>
        <source>%1 %2 and %3 are stored under the same key %4 in Calico %5</source>
        <translation>在 Calico %5 中，%1 %2 和 %3 存放在同一个键 %4 下</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) in etcd carry no mark of stack &apos;%1&apos; (calicoctl or another tool wrote them): %2; nothing was written — push with adopt (policyctl push --adopt) to overwrite them</source>
        <translation>
            <numerusform>etcd 中有 %n 个对象没有栈 &apos;%1&apos; 的标记（由 calicoctl 或其他工具写入）：%2；未写入任何内容 — 使用接管方式推送（policyctl push --adopt）以覆盖它们</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; whether etcd applied the transaction is not known: run the plan again to see</source>
        <translation>%1；无法确定 etcd 是否已应用该事务：请再次运行计划查看</translation>
    </message>
    <message>
        <source>(the keys changed and changed back)</source>
        <translation>（这些键被修改后又改回）</translation>
    </message>
    <message>
        <source>conflict: the datastore changed since the plan was read at revision %1, so nothing was written:
  %2
plan and push again</source>
        <translation>冲突：自计划在修订版本 %1 读取以来数据存储已改变，因此未写入任何内容：
  %2
请重新计划并推送</translation>
    </message>
    <message>
        <source>conflict: the datastore changed since the push at revision %1, so nothing was restored:
  %2</source>
        <translation>冲突：自修订版本 %1 的推送以来数据存储已改变，因此未恢复任何内容：
  %2</translation>
    </message>
    <message>
        <source>the push was applied, but its rollback state could not be kept: %1</source>
        <translation>推送已应用，但无法保存其回滚状态：%1</translation>
    </message>
    <message>
        <source>cannot read the rollback state %1: %2</source>
        <translation>无法读取回滚状态 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a rollback state written by a push: %2</source>
        <translation>%1 不是推送写入的回滚状态：%2</translation>
    </message>
    <message>
        <source>its kind is not PolicyStudioEtcdRollback</source>
        <translation>其 kind 不是 PolicyStudioEtcdRollback</translation>
    </message>
    <message>
        <source>its revision is not a positive number</source>
        <translation>其修订版本不是正数</translation>
    </message>
    <message>
        <source>entries[%1].key is not a key of a Calico resource</source>
        <translation>entries[%1].key 不是 Calico 资源的键</translation>
    </message>
</context>
<context>
    <name>EtcdPushReport</name>
    <message>
        <source>plan for etcd at %1 (revision %2, Calico %3, stack %4):
</source>
        <translation>%1 的 etcd 的计划（修订版本 %2，Calico %3，栈 %4）：
</translation>
    </message>
    <message>
        <source> (stored without the mark of stack %1: needs --adopt)</source>
        <translation>（存储时没有栈 %1 的标记：需要 --adopt）</translation>
    </message>
    <message numerus="yes">
        <source>  %n stored object(s) without the mark of this stack left alone
</source>
        <translation>
            <numerusform>  %n 个没有此栈标记的已存储对象保持不变
</numerusform>
        </translation>
    </message>
    <message>
        <source>dry run: nothing was written
</source>
        <translation>试运行：未写入任何内容
</translation>
    </message>
    <message>
        <source>nothing to change: etcd already holds the workspace
</source>
        <translation>无需改变：etcd 已包含该工作区
</translation>
    </message>
    <message>
        <source>applied %1 %2 %3
</source>
        <translation>已应用 %1 %2 %3
</translation>
    </message>
    <message numerus="yes">
        <source>applied: %n key(s) written in one transaction at revision %1
</source>
        <translation>
            <numerusform>已应用：在修订版本 %1 的一个事务中写入了 %n 个键
</numerusform>
        </translation>
    </message>
    <message>
        <source>rollback state: %1 (policyctl push --rollback restores what this push replaced)
</source>
        <translation>回滚状态：%1（policyctl push --rollback 会恢复此次推送替换的内容）
</translation>
    </message>
    <message>
        <source>warning: %1
</source>
        <translation>警告：%1
</translation>
    </message>
    <message>
        <source>failed: %1
</source>
        <translation>失败：%1
</translation>
    </message>
    <message>
        <source>nothing was written: etcd is left as it was (revision %1 when read)
</source>
        <translation>未写入任何内容：etcd 保持原样（读取时为修订版本 %1）
</translation>
    </message>
    <message>
        <source>nothing was written
</source>
        <translation>未写入任何内容
</translation>
    </message>
    <message>
        <source>restored %1 %2
</source>
        <translation>已恢复 %1 %2
</translation>
    </message>
    <message>
        <source>removed %1 %2 (the push created it)
</source>
        <translation>已删除 %1 %2（由该推送创建）
</translation>
    </message>
    <message numerus="yes">
        <source>rolled back the push of revision %1: %n key(s) restored in one transaction at revision %2
</source>
        <translation>
            <numerusform>已回滚修订版本 %1 的推送：在修订版本 %2 的一个事务中恢复了 %n 个键
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>pulled %n resource(s) from etcd at %1 (revision %2) into %3
</source>
        <translation>
            <numerusform>已从 %1 的 etcd（修订版本 %2）拉取 %n 个资源到 %3
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Explain</name>
    <message>
        <source>namespace %1</source>
        <translation>命名空间 %1</translation>
    </message>
    <message>
        <source>service account %1</source>
        <translation>服务账号 %1</translation>
    </message>
    <message>
        <source>namespace label %1=%2</source>
        <translation>命名空间标签 %1=%2</translation>
    </message>
    <message>
        <source>service account label %1=%2</source>
        <translation>服务账号标签 %1=%2</translation>
    </message>
    <message>
        <source>label %1=%2</source>
        <translation>标签 %1=%2</translation>
    </message>
    <message>
        <source>%1 is not in a namespace</source>
        <translation>%1 不属于任何命名空间</translation>
    </message>
    <message>
        <source>%1 has no service account</source>
        <translation>%1 没有服务账号</translation>
    </message>
    <message>
        <source>%1&apos;s namespace has no label %2</source>
        <translation>%1 的命名空间没有标签 %2</translation>
    </message>
    <message>
        <source>%1&apos;s service account has no label %2</source>
        <translation>%1 的服务账号没有标签 %2</translation>
    </message>
    <message>
        <source>%1 has no label %2</source>
        <translation>%1 没有标签 %2</translation>
    </message>
    <message>
        <source>, and </source>
        <translation>，并且</translation>
    </message>
    <message>
        <source>%1 %2 is not %3</source>
        <translation>%1 %2 不是 %3</translation>
    </message>
    <message>
        <source>%1 %2 is not in %3</source>
        <translation>%1 %2 不在 %3 中</translation>
    </message>
    <message>
        <source>%1 %2 is excluded</source>
        <translation>%1 %2 被排除</translation>
    </message>
    <message>
        <source>%1 %2 does not contain &quot;%3&quot;</source>
        <translation>%1 %2 不包含“%3”</translation>
    </message>
    <message>
        <source>%1 %2 does not start with &quot;%3&quot;</source>
        <translation>%1 %2 不以“%3”开头</translation>
    </message>
    <message>
        <source>%1 %2 does not end with &quot;%3&quot;</source>
        <translation>%1 %2 不以“%3”结尾</translation>
    </message>
    <message>
        <source>%1 is in namespace %2, and the rule wants objects outside any namespace</source>
        <translation>%1 位于命名空间 %2 中，而该规则要求不属于任何命名空间的对象</translation>
    </message>
    <message>
        <source>%1 has %2, which is excluded</source>
        <translation>%1 具有 %2，而它被排除</translation>
    </message>
    <message>
        <source> (required by an exclusion)</source>
        <translation>（排除条件所要求）</translation>
    </message>
    <message>
        <source>%1 %2 is not excluded as required</source>
        <translation>%1 %2 未按要求被排除</translation>
    </message>
    <message>
        <source>%1 does not match %2</source>
        <translation>%1 不匹配 %2</translation>
    </message>
    <message>
        <source>nets %1</source>
        <translation>网络 %1</translation>
    </message>
    <message>
        <source>not nets %1</source>
        <translation>排除网络 %1</translation>
    </message>
    <message>
        <source>namespaceSelector %1</source>
        <translation>namespaceSelector %1</translation>
    </message>
    <message>
        <source>selector %1</source>
        <translation>选择器 %1</translation>
    </message>
    <message>
        <source>notSelector %1</source>
        <translation>notSelector %1</translation>
    </message>
    <message>
        <source>service accounts %1</source>
        <translation>服务账号 %1</translation>
    </message>
    <message>
        <source>service account selector %1</source>
        <translation>服务账号选择器 %1</translation>
    </message>
    <message>
        <source>service %1/%2</source>
        <translation>服务 %1/%2</translation>
    </message>
    <message>
        <source>ports %1</source>
        <translation>端口 %1</translation>
    </message>
    <message>
        <source>not ports %1</source>
        <translation>排除端口 %1</translation>
    </message>
    <message>
        <source>IPv%1</source>
        <translation>IPv%1</translation>
    </message>
    <message>
        <source>not %1</source>
        <translation>非 %1</translation>
    </message>
    <message>
        <source>icmp type %1</source>
        <translation>ICMP 类型 %1</translation>
    </message>
    <message>
        <source> code %1</source>
        <translation> 代码 %1</translation>
    </message>
    <message>
        <source>not icmp type %1</source>
        <translation>非 ICMP 类型 %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>来自 %1</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>发往 %1</translation>
    </message>
    <message>
        <source>(HTTP match, L7 only)</source>
        <translation>（HTTP 匹配，仅第 7 层）</translation>
    </message>
</context>
<context>
    <name>FelixPurpose</name>
    <message>
        <source>named port %1 (%2) of %3</source>
        <translation>%3 的命名端口 %1（%2）</translation>
    </message>
    <message>
        <source>service %1</source>
        <translation>服务 %1</translation>
    </message>
    <message>
        <source>empty chain: no rule for this direction</source>
        <translation>空链：此方向没有规则</translation>
    </message>
    <message>
        <source>return once a policy of the group gave a verdict</source>
        <translation>组内某个策略作出判定后返回</translation>
    </message>
    <message>
        <source>jump to policy</source>
        <translation>跳转到策略</translation>
    </message>
    <message>
        <source>policy group: %1 policies selecting %2</source>
        <translation>策略组：%1 个选择 %2 的策略</translation>
    </message>
    <message>
        <source>mark packets of established connections accepted</source>
        <translation>将已建立连接的数据包标记为已接受</translation>
    </message>
    <message>
        <source>return packets of established connections</source>
        <translation>返回已建立连接的数据包</translation>
    </message>
    <message>
        <source>accept packets of established connections</source>
        <translation>接受已建立连接的数据包</translation>
    </message>
    <message>
        <source>drop packets conntrack considers invalid</source>
        <translation>丢弃 conntrack 判定为无效的数据包</translation>
    </message>
    <message>
        <source>failsafe ports</source>
        <translation>故障保护端口</translation>
    </message>
    <message>
        <source>clear the accept and pass marks</source>
        <translation>清除接受和传递标记</translation>
    </message>
    <message>
        <source>drop VXLAN from workloads</source>
        <translation>丢弃来自工作负载的 VXLAN</translation>
    </message>
    <message>
        <source>drop IP-in-IP from workloads</source>
        <translation>丢弃来自工作负载的 IP-in-IP</translation>
    </message>
    <message>
        <source>start of tier: clear the pass mark</source>
        <translation>层级开始：清除传递标记</translation>
    </message>
    <message>
        <source>jump to policy unless a policy passed</source>
        <translation>除非已有策略传递，否则跳转到策略</translation>
    </message>
    <message>
        <source>untracked policy allowed: leave the packet untracked</source>
        <translation>不跟踪策略已允许：数据包保持不跟踪</translation>
    </message>
    <message>
        <source>return if the policy accepted</source>
        <translation>策略已接受则返回</translation>
    </message>
    <message>
        <source>end of tier: deny unless a policy passed</source>
        <translation>层级结束：除非有策略传递，否则拒绝</translation>
    </message>
    <message>
        <source>no applyOnForward policy: allow</source>
        <translation>没有 applyOnForward 策略：允许</translation>
    </message>
    <message>
        <source>return</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>jump to profile</source>
        <translation>跳转到配置文件</translation>
    </message>
    <message>
        <source>return if the profile accepted</source>
        <translation>配置文件已接受则返回</translation>
    </message>
    <message>
        <source>no profile accepted: deny</source>
        <translation>没有配置文件接受：拒绝</translation>
    </message>
    <message>
        <source>to workload %1 (its ingress policy)</source>
        <translation>发往工作负载 %1（其入站策略）</translation>
    </message>
    <message>
        <source>from workload %1 (its egress policy)</source>
        <translation>来自工作负载 %1（其出站策略）</translation>
    </message>
    <message>
        <source>to host endpoint %1 (its egress policy)</source>
        <translation>发往主机端点 %1（其出站策略）</translation>
    </message>
    <message>
        <source>from host endpoint %1 (its ingress policy)</source>
        <translation>来自主机端点 %1（其入站策略）</translation>
    </message>
    <message>
        <source>forwarded to host endpoint %1 (applyOnForward egress policy)</source>
        <translation>转发到主机端点 %1（applyOnForward 出站策略）</translation>
    </message>
    <message>
        <source>forwarded from host endpoint %1 (applyOnForward ingress policy)</source>
        <translation>从主机端点 %1 转发（applyOnForward 入站策略）</translation>
    </message>
    <message>
        <source>no all-interfaces host endpoint policy towards local workloads</source>
        <translation>不对发往本地工作负载的流量应用所有接口主机端点策略</translation>
    </message>
    <message>
        <source>other interfaces: the all-interfaces host endpoint</source>
        <translation>其他接口：所有接口主机端点</translation>
    </message>
    <message>
        <source>dispatch interface %1 to its endpoint chain</source>
        <translation>将接口 %1 分派到其端点链</translation>
    </message>
    <message>
        <source>dispatch interfaces %1* to a child dispatch chain</source>
        <translation>将接口 %1* 分派到子分派链</translation>
    </message>
    <message>
        <source>%1 (interfaces %2*)</source>
        <translation>%1（接口 %2*）</translation>
    </message>
    <message>
        <source>clear every Calico mark bit but accept</source>
        <translation>清除除接受位以外的所有 Calico 标记位</translation>
    </message>
    <message>
        <source>host endpoint applyOnForward ingress policy</source>
        <translation>主机端点 applyOnForward 入站策略</translation>
    </message>
    <message>
        <source>egress policy of the sending workload</source>
        <translation>发送方工作负载的出站策略</translation>
    </message>
    <message>
        <source>ingress policy of the receiving workload</source>
        <translation>接收方工作负载的入站策略</translation>
    </message>
    <message>
        <source>host endpoint applyOnForward egress policy</source>
        <translation>主机端点 applyOnForward 出站策略</translation>
    </message>
    <message>
        <source>blocked CIDRs</source>
        <translation>被阻止的 CIDR</translation>
    </message>
    <message>
        <source>filter FORWARD: workload and host-endpoint forward policy</source>
        <translation>filter FORWARD：工作负载和主机端点的转发策略</translation>
    </message>
    <message>
        <source>VXLAN from other nodes</source>
        <translation>来自其他节点的 VXLAN</translation>
    </message>
    <message>
        <source>VXLAN from elsewhere</source>
        <translation>来自其他位置的 VXLAN</translation>
    </message>
    <message>
        <source>all hosts&apos; VXLAN tunnel networks (not modelled: empty)</source>
        <translation>所有主机的 VXLAN 隧道网络（未建模：为空）</translation>
    </message>
    <message>
        <source>traffic from workloads to this host</source>
        <translation>从工作负载发往本主机的流量</translation>
    </message>
    <message>
        <source>accepted earlier</source>
        <translation>之前已接受</translation>
    </message>
    <message>
        <source>clear Calico mark bits</source>
        <translation>清除 Calico 标记位</translation>
    </message>
    <message>
        <source>host endpoint ingress policy</source>
        <translation>主机端点入站策略</translation>
    </message>
    <message>
        <source>host endpoint policy accepted</source>
        <translation>主机端点策略已接受</translation>
    </message>
    <message>
        <source>filter INPUT: traffic to this host</source>
        <translation>filter INPUT：发往本主机的流量</translation>
    </message>
    <message>
        <source>host to workload traffic is not policed here</source>
        <translation>主机到工作负载的流量不在此处管控</translation>
    </message>
    <message>
        <source>VXLAN to other nodes</source>
        <translation>发往其他节点的 VXLAN</translation>
    </message>
    <message>
        <source>host endpoint egress policy</source>
        <translation>主机端点出站策略</translation>
    </message>
    <message>
        <source>filter OUTPUT: traffic from this host</source>
        <translation>filter OUTPUT：来自本主机的流量</translation>
    </message>
    <message>
        <source>egress policy of the workload</source>
        <translation>工作负载的出站策略</translation>
    </message>
    <message>
        <source>workload to host traffic</source>
        <translation>工作负载到主机的流量</translation>
    </message>
    <message>
        <source>blocked CIDRs (none)</source>
        <translation>被阻止的 CIDR（无）</translation>
    </message>
    <message>
        <source>drop traffic of unknown workload interfaces</source>
        <translation>丢弃未知工作负载接口的流量</translation>
    </message>
    <message>
        <source>dispatch from workload interfaces</source>
        <translation>分派来自工作负载接口的流量</translation>
    </message>
    <message>
        <source>dispatch to workload interfaces</source>
        <translation>分派发往工作负载接口的流量</translation>
    </message>
    <message>
        <source>dispatch from host endpoints</source>
        <translation>分派来自主机端点的流量</translation>
    </message>
    <message>
        <source>dispatch to host endpoints</source>
        <translation>分派发往主机端点的流量</translation>
    </message>
    <message>
        <source>dispatch forwarded traffic from host endpoints</source>
        <translation>分派从主机端点转发出的流量</translation>
    </message>
    <message>
        <source>dispatch forwarded traffic to host endpoints</source>
        <translation>分派转发到主机端点的流量</translation>
    </message>
    <message>
        <source>failsafe port %1/%2</source>
        <translation>故障保护端口 %1/%2</translation>
    </message>
    <message>
        <source>failsafe inbound host ports</source>
        <translation>故障保护入站主机端口</translation>
    </message>
    <message>
        <source>failsafe outbound host ports</source>
        <translation>故障保护出站主机端口</translation>
    </message>
    <message>
        <source>hook into INPUT</source>
        <translation>挂接到 INPUT</translation>
    </message>
    <message>
        <source>hook into FORWARD</source>
        <translation>挂接到 FORWARD</translation>
    </message>
    <message>
        <source>accept what policy accepted</source>
        <translation>接受策略已接受的流量</translation>
    </message>
    <message>
        <source>mark other forwarded traffic accepted (for later tables)</source>
        <translation>将其他转发流量标记为已接受（供后续表使用）</translation>
    </message>
    <message>
        <source>hook into OUTPUT</source>
        <translation>挂接到 OUTPUT</translation>
    </message>
    <message>
        <source>failsafe port %1/%2 (replies)</source>
        <translation>故障保护端口 %1/%2（回复）</translation>
    </message>
    <message>
        <source>hook into %1</source>
        <translation>挂接到 %1</translation>
    </message>
    <message>
        <source>VXLAN is not tracked</source>
        <translation>VXLAN 不做连接跟踪</translation>
    </message>
    <message>
        <source>mark packets from workloads</source>
        <translation>标记来自工作负载的数据包</translation>
    </message>
    <message>
        <source>workloads allowed to skip the reverse-path check</source>
        <translation>允许跳过反向路径检查的工作负载</translation>
    </message>
    <message>
        <source>drop workload packets with a spoofed source (strict reverse-path check)</source>
        <translation>丢弃源地址伪造的工作负载数据包（严格反向路径检查）</translation>
    </message>
    <message>
        <source>untracked ingress policy of host endpoints</source>
        <translation>主机端点的不跟踪入站策略</translation>
    </message>
    <message>
        <source>untracked policy accepted the packet</source>
        <translation>不跟踪策略已接受该数据包</translation>
    </message>
    <message>
        <source>raw PREROUTING: anti-spoofing and untracked policy</source>
        <translation>raw PREROUTING：防伪造和不跟踪策略</translation>
    </message>
    <message>
        <source>untracked egress policy of host endpoints</source>
        <translation>主机端点的不跟踪出站策略</translation>
    </message>
    <message>
        <source>raw OUTPUT: untracked policy</source>
        <translation>raw OUTPUT：不跟踪策略</translation>
    </message>
    <message>
        <source>workloads that skip the reverse-path check (none)</source>
        <translation>跳过反向路径检查的工作负载（无）</translation>
    </message>
    <message>
        <source>from host endpoint %1 (untracked ingress policy)</source>
        <translation>来自主机端点 %1（不跟踪入站策略）</translation>
    </message>
    <message>
        <source>to host endpoint %1 (untracked egress policy)</source>
        <translation>发往主机端点 %1（不跟踪出站策略）</translation>
    </message>
    <message>
        <source>dispatch from host endpoints with untracked policy</source>
        <translation>分派来自有不跟踪策略的主机端点的流量</translation>
    </message>
    <message>
        <source>dispatch to host endpoints with untracked policy</source>
        <translation>分派发往有不跟踪策略的主机端点的流量</translation>
    </message>
    <message>
        <source>accepted by untracked policy in raw</source>
        <translation>已被 raw 表中的不跟踪策略接受</translation>
    </message>
    <message>
        <source>pre-DNAT ingress policy of host endpoints</source>
        <translation>主机端点的 DNAT 前入站策略</translation>
    </message>
    <message>
        <source>pre-DNAT policy accepted the packet</source>
        <translation>DNAT 前策略已接受该数据包</translation>
    </message>
    <message>
        <source>mangle PREROUTING: pre-DNAT policy</source>
        <translation>mangle PREROUTING：DNAT 前策略</translation>
    </message>
    <message>
        <source>forwarded traffic (filter FORWARD set the accept mark)</source>
        <translation>转发流量（filter FORWARD 已设置接受标记）</translation>
    </message>
    <message>
        <source>egress policy of host endpoints for DNATed host traffic</source>
        <translation>针对经 DNAT 的主机流量的主机端点出站策略</translation>
    </message>
    <message>
        <source>host endpoint policy accepted the packet</source>
        <translation>主机端点策略已接受该数据包</translation>
    </message>
    <message>
        <source>mangle POSTROUTING: host endpoint egress policy after DNAT</source>
        <translation>mangle POSTROUTING：DNAT 之后的主机端点出站策略</translation>
    </message>
    <message>
        <source>from host endpoint %1 (pre-DNAT ingress policy)</source>
        <translation>来自主机端点 %1（DNAT 前入站策略）</translation>
    </message>
    <message>
        <source>to host endpoint %1 (egress policy of DNATed traffic)</source>
        <translation>发往主机端点 %1（经 DNAT 流量的出站策略）</translation>
    </message>
    <message>
        <source>dispatch from host endpoints with pre-DNAT policy</source>
        <translation>分派来自有 DNAT 前策略的主机端点的流量</translation>
    </message>
    <message>
        <source>dispatch by interface through the verdict map</source>
        <translation>通过判定映射（verdict map）按接口分派</translation>
    </message>
    <message>
        <source>IP pools with natOutgoing</source>
        <translation>启用 natOutgoing 的 IP 池</translation>
    </message>
    <message>
        <source>IP pools of workload and tunnel addresses</source>
        <translation>工作负载和隧道地址的 IP 池</translation>
    </message>
    <message>
        <source>masquerade traffic from natOutgoing pools to addresses outside the pools</source>
        <translation>对从 natOutgoing 池发往池外地址的流量做伪装（masquerade）</translation>
    </message>
    <message>
        <source>natOutgoing of IP pools</source>
        <translation>IP 池的 natOutgoing</translation>
    </message>
    <message>
        <source>floating IPs: destination NAT</source>
        <translation>浮动 IP：目标 NAT</translation>
    </message>
    <message>
        <source>nat PREROUTING: floating IPs</source>
        <translation>nat PREROUTING：浮动 IP</translation>
    </message>
    <message>
        <source>nat OUTPUT: floating IPs of local traffic</source>
        <translation>nat OUTPUT：本地流量的浮动 IP</translation>
    </message>
    <message>
        <source>floating IPs: source NAT</source>
        <translation>浮动 IP：源 NAT</translation>
    </message>
    <message>
        <source>host traffic into tunnel %1 from another local address: masquerade</source>
        <translation>主机从其他本地地址进入隧道 %1 的流量：伪装</translation>
    </message>
    <message>
        <source>nat POSTROUTING: source NAT</source>
        <translation>nat POSTROUTING：源 NAT</translation>
    </message>
    <message>
        <source>floating IPs: destination NAT (none)</source>
        <translation>浮动 IP：目标 NAT（无）</translation>
    </message>
    <message>
        <source>floating IPs: source NAT (none)</source>
        <translation>浮动 IP：源 NAT（无）</translation>
    </message>
    <message>
        <source>IPv6 neighbour discovery and multicast listeners</source>
        <translation>IPv6 邻居发现和组播侦听</translation>
    </message>
    <message>
        <source>local endpoints with a DSCP value (qos.projectcalico.org/dscp)</source>
        <translation>带有 DSCP 值的本地端点（qos.projectcalico.org/dscp）</translation>
    </message>
    <message>
        <source>this host&apos;s addresses (of its Node resource; Felix reads the interfaces)</source>
        <translation>本主机的地址（取自其 Node 资源；Felix 读取的是网络接口）</translation>
    </message>
    <message>
        <source>DSCP %1 for traffic of %2 leaving the cluster</source>
        <translation>为 %2 离开集群的流量设置 DSCP %1</translation>
    </message>
    <message>
        <source>DSCP of traffic leaving the cluster, per local endpoint</source>
        <translation>离开集群的流量的 DSCP，按本地端点设置</translation>
    </message>
    <message>
        <source>DSCP of traffic leaving the cluster</source>
        <translation>离开集群的流量的 DSCP</translation>
    </message>
</context>
<context>
    <name>Flow</name>
    <message>
        <source>a boolean</source>
        <translation>布尔值</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>空</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2, got %3</source>
        <translation>必须是 %1 到 %2 之间的整数，实际为 %3</translation>
    </message>
    <message>
        <source>invalid JSON at offset %1: %2</source>
        <translation>偏移量 %1 处的 JSON 无效：%2</translation>
    </message>
    <message>
        <source>expected a JSON array of flows</source>
        <translation>应为由流组成的 JSON 数组</translation>
    </message>
    <message>
        <source>flow %1: %2</source>
        <translation>流 %1：%2</translation>
    </message>
    <message>
        <source>flow %1: &quot;%2&quot; %3</source>
        <translation>流 %1：“%2”%3</translation>
    </message>
    <message>
        <source>expected an object, got %1</source>
        <translation>应为对象，实际为%1</translation>
    </message>
    <message>
        <source>is not a flow field (expected %1)</source>
        <translation>不是流的字段（应为 %1）</translation>
    </message>
    <message>
        <source>is not a flow field (did you mean &quot;%1&quot;?)</source>
        <translation>不是流的字段（您是指“%1”吗？）</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>为必填项</translation>
    </message>
    <message>
        <source>must be a string (an endpoint REF), got %1</source>
        <translation>必须是字符串（端点引用），实际为%1</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>must be a name or a number, got %1</source>
        <translation>必须是名称或数字，实际为 %1</translation>
    </message>
    <message>
        <source>needs &quot;icmpType&quot;</source>
        <translation>需要“icmpType”</translation>
    </message>
    <message>
        <source>must be a string (a host endpoint REF, hep:name), got %1</source>
        <translation>必须是字符串（主机端点引用，hep:名称），实际为%1</translation>
    </message>
    <message>
        <source>is required (%1 or 1-255)</source>
        <translation>为必填项（%1 或 1-255）</translation>
    </message>
</context>
<context>
    <name>FlowGraph</name>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source> types %1</source>
        <translation> 类型 %1</translation>
    </message>
    <message>
        <source>any other IPv4 address</source>
        <translation>任何其他 IPv4 地址</translation>
    </message>
    <message>
        <source>any other IPv6 address</source>
        <translation>任何其他 IPv6 地址</translation>
    </message>
    <message>
        <source>denied: %1</source>
        <translation>拒绝：%1</translation>
    </message>
</context>
<context>
    <name>FlowLog</name>
    <message>
        <source>selector %1</source>
        <translation>选择器 %1</translation>
    </message>
    <message>
        <source> in namespace %1</source>
        <translation> 在命名空间 %1 中</translation>
    </message>
    <message>
        <source>nets %1</source>
        <translation>网络 %1</translation>
    </message>
    <message>
        <source>the flow is not denied</source>
        <translation>该流量未被拒绝</translation>
    </message>
    <message>
        <source>%1 at %2 is denied without a policy deciding (%3): no rule to add to</source>
        <translation>%1 在 %2 处被拒绝，但没有策略作出判定（%3）：没有可添加规则的地方</translation>
    </message>
    <message>
        <source>no step</source>
        <translation>无步骤</translation>
    </message>
    <message>
        <source>%1 at %2 is decided by %3 %4, not a Calico policy of the workspace: change it by hand</source>
        <translation>%1 在 %2 处由 %3 %4 判定，它不是工作区中的 Calico 策略：请手动修改</translation>
    </message>
    <message>
        <source>the peer has neither labels nor an address to name</source>
        <translation>该对端既没有标签也没有可指明的地址</translation>
    </message>
    <message>
        <source>allow</source>
        <translation>允许</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>发往 %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>来自 %1</translation>
    </message>
    <message>
        <source>port %1</source>
        <translation>端口 %1</translation>
    </message>
    <message>
        <source>ICMP type %1</source>
        <translation>ICMP 类型 %1</translation>
    </message>
    <message>
        <source>still denied</source>
        <translation>仍被拒绝</translation>
    </message>
    <message>
        <source>%1 is neither a node with a host endpoint nor a global network set of the workspace</source>
        <translation>%1 既不是带主机端点的节点，也不是工作区中的全局网络集</translation>
    </message>
    <message>
        <source>workload %1 has no namespace</source>
        <translation>工作负载 %1 没有命名空间</translation>
    </message>
    <message>
        <source>namespace %1 is not in the workspace (a log of a different cluster?)</source>
        <translation>命名空间 %1 不在工作区中（是另一个集群的日志？）</translation>
    </message>
    <message>
        <source>no pod %1/%2 in the workspace</source>
        <translation>工作区中没有 Pod %1/%2</translation>
    </message>
    <message>
        <source>pod %1/%2 is not in the workspace: traced as %3 of the same workload</source>
        <translation>Pod %1/%2 不在工作区中：按同一工作负载的 %3 追踪</translation>
    </message>
    <message>
        <source>no pod or workload %1/%2 in the workspace</source>
        <translation>工作区中没有 Pod 或工作负载 %1/%2</translation>
    </message>
    <message>
        <source>%1 stands for %2 pods: traced as %3</source>
        <translation>%1 代表 %2 个 Pod：按 %3 追踪</translation>
    </message>
    <message>
        <source>no pod of %1 in the workspace: traced as its workload %2/%3</source>
        <translation>工作区中没有 %1 的 Pod：按其工作负载 %2/%3 追踪</translation>
    </message>
    <message>
        <source>no pod or workload in namespace %1 matches %2 (the log names pods only by their generateName at this aggregation level)</source>
        <translation>命名空间 %1 中没有 Pod 或工作负载匹配 %2（在此聚合级别，日志只用 generateName 指明 Pod）</translation>
    </message>
    <message>
        <source>no host endpoint %1 in the workspace</source>
        <translation>工作区中没有主机端点 %1</translation>
    </message>
    <message>
        <source>node %1 has no host endpoint in the workspace</source>
        <translation>节点 %1 在工作区中没有主机端点</translation>
    </message>
    <message>
        <source>node %1 has %2 host endpoints: traced as %3</source>
        <translation>节点 %1 有 %2 个主机端点：按 %3 追踪</translation>
    </message>
    <message>
        <source>no global network set %1 in the workspace</source>
        <translation>工作区中没有全局网络集 %1</translation>
    </message>
    <message>
        <source>no network set %1/%2 in the workspace</source>
        <translation>工作区中没有网络集 %1/%2</translation>
    </message>
    <message>
        <source>network set %1 has no nets to trace an address of</source>
        <translation>网络集 %1 没有可用于追踪地址的网络</translation>
    </message>
    <message>
        <source>no address logged: traced as %1 of network set %2</source>
        <translation>日志中没有地址：按网络集 %2 的 %1 追踪</translation>
    </message>
    <message>
        <source>the logged address %1 is not an IP address</source>
        <translation>记录的地址 %1 不是 IP 地址</translation>
    </message>
    <message>
        <source>no %1 address outside every network set to trace</source>
        <translation>没有位于所有网络集之外的 %1 地址可供追踪</translation>
    </message>
    <message>
        <source>no address logged (pub): traced as %1, a public address in no network set</source>
        <translation>日志中没有地址（pub）：按 %1 追踪，这是不属于任何网络集的公网地址</translation>
    </message>
    <message>
        <source>no address logged (pvt): traced as %1, a private address in no network set</source>
        <translation>日志中没有地址（pvt）：按 %1 追踪，这是不属于任何网络集的私有地址</translation>
    </message>
    <message>
        <source>the record is from cluster %1, the workspace is %2</source>
        <translation>该记录来自集群 %1，工作区是 %2</translation>
    </message>
    <message>
        <source>source %1: %2</source>
        <translation>来源 %1：%2</translation>
    </message>
    <message>
        <source>destination %1: %2</source>
        <translation>目标 %1：%2</translation>
    </message>
    <message>
        <source>unknown protocol %1</source>
        <translation>未知协议 %1</translation>
    </message>
    <message>
        <source>the destination port is aggregated away (aggregation level 3): a trace needs it</source>
        <translation>目标端口已被聚合掉（聚合级别 3）：追踪需要它</translation>
    </message>
    <message>
        <source>records of forwarded traffic (reporter fwd) do not say which host endpoint forwarded them</source>
        <translation>转发流量的记录（reporter fwd）没有说明是哪个主机端点转发的</translation>
    </message>
    <message>
        <source>egress at %1</source>
        <translation>在 %1 出站</translation>
    </message>
    <message>
        <source>ingress at %1</source>
        <translation>在 %1 入站</translation>
    </message>
    <message>
        <source>verdict (%1): logged %2, engine %3</source>
        <translation>判定（%1）：日志为 %2，引擎为 %3</translation>
    </message>
    <message>
        <source>the log has no allow or deny action to compare (%1)</source>
        <translation>日志中没有可比较的 allow 或 deny 动作（%1）</translation>
    </message>
    <message>
        <source>the logged policy %1 %2 is not in the workspace</source>
        <translation>日志中的策略 %1 %2 不在工作区中</translation>
    </message>
    <message>
        <source>tier %1: %2</source>
        <translation>层级 %1：%2</translation>
    </message>
    <message>
        <source>deciding rule: logged %1, engine %2</source>
        <translation>作出判定的规则：日志为 %1，引擎为 %2</translation>
    </message>
    <message>
        <source>field %1: %2</source>
        <translation>字段 %1：%2</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>应为字符串</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>应为整数</translation>
    </message>
    <message>
        <source>a port is a number from 0 to 65535, got %1</source>
        <translation>端口是 0 到 65535 之间的数字，实际为 %1</translation>
    </message>
    <message>
        <source>a counter cannot be negative</source>
        <translation>计数器不能为负数</translation>
    </message>
    <message>
        <source>unknown action %1</source>
        <translation>未知动作 %1</translation>
    </message>
    <message>
        <source>unknown reporter %1 (expected src or dst)</source>
        <translation>未知 reporter %1（应为 src 或 dst）</translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation>（缺失）</translation>
    </message>
    <message>
        <source>expected a list of policy hits</source>
        <translation>应为策略命中列表</translation>
    </message>
    <message>
        <source>expected a policy hit string</source>
        <translation>应为策略命中字符串</translation>
    </message>
    <message>
        <source>expected a policy hit object</source>
        <translation>应为策略命中对象</translation>
    </message>
    <message>
        <source>unknown policy kind %1</source>
        <translation>未知策略类型 %1</translation>
    </message>
    <message>
        <source>expected an RFC 3339 time, got &quot;%1&quot;</source>
        <translation>应为 RFC 3339 时间，实际为“%1”</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>应为对象</translation>
    </message>
    <message>
        <source>unknown endpoint type %1 (expected wep, hep, ns or net)</source>
        <translation>未知端点类型 %1（应为 wep、hep、ns 或 net）</translation>
    </message>
    <message>
        <source>expected a list of key=value strings</source>
        <translation>应为 key=value 字符串列表</translation>
    </message>
    <message>
        <source>expected an address or null</source>
        <translation>应为地址或 null</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>不是有效的 JSON：%1</translation>
    </message>
    <message>
        <source>a flow record is a JSON object</source>
        <translation>流记录是一个 JSON 对象</translation>
    </message>
    <message>
        <source>not a flow record of a known format (Whisker, Goldmane or Calico Enterprise): it has none of the keys protocol, Key, flow, proto</source>
        <translation>不是已知格式（Whisker、Goldmane 或 Calico Enterprise）的流记录：它没有 protocol、Key、flow、proto 中的任何键</translation>
    </message>
    <message>
        <source>the input ends inside a JSON %1</source>
        <translation>输入在 JSON %1 内部结束</translation>
    </message>
    <message>
        <source>cannot read the file (damaged gzip data?)</source>
        <translation>无法读取该文件（gzip 数据损坏？）</translation>
    </message>
    <message>
        <source>expected a key of the list response</source>
        <translation>应为列表响应的键</translation>
    </message>
    <message>
        <source>expected a flow record (a JSON object), got &apos;%1&apos;</source>
        <translation>应为流记录（JSON 对象），实际为“%1”</translation>
    </message>
    <message>
        <source>the input ends inside a flow record</source>
        <translation>输入在流记录内部结束</translation>
    </message>
    <message>
        <source>cannot read the flow log: %1</source>
        <translation>无法读取流日志：%1</translation>
    </message>
    <message>
        <source>not a readable file</source>
        <translation>不是可读的文件</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>没有此文件</translation>
    </message>
    <message>
        <source>cannot open the flow log</source>
        <translation>无法打开流日志</translation>
    </message>
    <message>
        <source>end of tier %1 (%2, selected by %3)</source>
        <translation>层级 %1 的末尾（%2，由 %3 选中）</translation>
    </message>
    <message>
        <source>an unknown policy</source>
        <translation>未知策略</translation>
    </message>
    <message>
        <source> rule %1</source>
        <translation> 规则 %1</translation>
    </message>
    <message>
        <source>no policy</source>
        <translation>无策略</translation>
    </message>
    <message>
        <source>before</source>
        <translation>之前</translation>
    </message>
    <message>
        <source>after</source>
        <translation>之后</translation>
    </message>
    <message>
        <source>a policy hit has 5 fields separated by &apos;|&apos; (index|tier|name|action|rule), got %1</source>
        <translation>策略命中有 5 个以 &apos;|&apos; 分隔的字段（index|tier|name|action|rule），实际为 %1</translation>
    </message>
    <message>
        <source>the policy index &apos;%1&apos; is not a whole number of at least 0</source>
        <translation>策略序号“%1”不是不小于 0 的整数</translation>
    </message>
    <message>
        <source>the tier and the policy name must not be empty</source>
        <translation>层级和策略名称不能为空</translation>
    </message>
    <message>
        <source>the action &apos;%1&apos; is not allow, deny or pass</source>
        <translation>动作“%1”不是 allow、deny 或 pass</translation>
    </message>
    <message>
        <source>the rule index &apos;%1&apos; is not a whole number of at least -2 or &apos;-&apos;</source>
        <translation>规则序号“%1”不是不小于 -2 的整数，也不是 &apos;-&apos;</translation>
    </message>
    <message>
        <source>the policy name in &apos;%1&apos; is empty</source>
        <translation>“%1”中的策略名称为空</translation>
    </message>
    <message numerus="yes">
        <source>the rule(s) would not allow the flow: %1</source>
        <translation>
            <numerusform>规则不会允许该流量：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>no endpoints</source>
        <translation>没有端点</translation>
    </message>
    <message numerus="yes">
        <source>stable labels %1 select exactly these %n endpoint(s) of the workspace</source>
        <translation>
            <numerusform>稳定标签 %1 恰好选中工作区中的这 %n 个端点</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>stable labels %1 select exactly these %n endpoint(s) of namespace %2</source>
        <translation>
            <numerusform>稳定标签 %1 恰好选中命名空间 %2 中的这 %n 个端点</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the service account label Calico sets selects exactly these %n endpoint(s)</source>
        <translation>
            <numerusform>Calico 设置的服务账号标签恰好选中这 %n 个端点</numerusform>
        </translation>
    </message>
    <message>
        <source>the endpoints have no stable label in common</source>
        <translation>这些端点没有共同的稳定标签</translation>
    </message>
    <message>
        <source>no combination of their stable labels (%1) selects only them: %2 matches too</source>
        <translation>它们的稳定标签（%1）的任何组合都无法只选中它们：%2 也会匹配</translation>
    </message>
    <message>
        <source>peer %1 (workload %2): %3</source>
        <translation>对端 %1（工作负载 %2）：%3</translation>
    </message>
    <message>
        <source>workload %1/%2 (%3)</source>
        <translation>工作负载 %1/%2（%3）</translation>
    </message>
    <message>
        <source>host endpoint %1 (%2)</source>
        <translation>主机端点 %1（%2）</translation>
    </message>
    <message>
        <source>host endpoint %1 has neither labels nor expected IPs</source>
        <translation>主机端点 %1 既没有标签也没有 expectedIPs</translation>
    </message>
    <message>
        <source>network set %1 (%2)</source>
        <translation>网络集 %1（%2）</translation>
    </message>
    <message>
        <source>any private address (the log names none)</source>
        <translation>任意私有地址（日志未给出具体地址）</translation>
    </message>
    <message>
        <source>any public address (the log names none)</source>
        <translation>任意公网地址（日志未给出具体地址）</translation>
    </message>
    <message>
        <source>%1 cannot be named in a rule</source>
        <translation>%1 无法在规则中指明</translation>
    </message>
    <message>
        <source>namespace %1 is neither in the workspace nor has endpoints there</source>
        <translation>命名空间 %1 既不在工作区中，工作区中也没有它的端点</translation>
    </message>
    <message>
        <source>tier %1 is not in the workspace</source>
        <translation>层级 %1 不在工作区中</translation>
    </message>
    <message>
        <source>tier %1 passes what no policy of it decides: traffic the recommendation does not allow goes on to the next tier instead of being denied</source>
        <translation>层级 %1 会传递其策略均未判定的流量：推荐未允许的流量将进入下一层级，而不是被拒绝</translation>
    </message>
    <message>
        <source>host endpoints labelled %1</source>
        <translation>标签为 %1 的主机端点</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <source>service account %1</source>
        <translation>服务账号 %1</translation>
    </message>
    <message>
        <source>workload %1</source>
        <translation>工作负载 %1</translation>
    </message>
    <message>
        <source>%1 has no exact stable selector: %2</source>
        <translation>%1 没有精确的稳定选择器：%2</translation>
    </message>
    <message>
        <source>%1 gets no policy: %2</source>
        <translation>不为 %1 生成策略：%2</translation>
    </message>
    <message>
        <source>no allowed traffic observed for %1: no policy recommended for them</source>
        <translation>未观察到 %1 的允许流量：不为它们推荐策略</translation>
    </message>
    <message>
        <source>%1 is left out when enforced: %2</source>
        <translation>%1 在生效时被排除：%2</translation>
    </message>
    <message>
        <source>(the enforced policy was left out)</source>
        <translation>（生效的策略已被排除）</translation>
    </message>
    <message>
        <source>denied once the recommendation is enforced</source>
        <translation>推荐生效后将被拒绝</translation>
    </message>
    <message>
        <source>the workspace denies it already (drift: the log says allowed)</source>
        <translation>工作区已经拒绝它（偏差：日志显示为允许）</translation>
    </message>
    <message>
        <source>the workspace allows it already (drift: the log says denied)</source>
        <translation>工作区已经允许它（偏差：日志显示为拒绝）</translation>
    </message>
    <message>
        <source>allowed once the recommendation is enforced</source>
        <translation>推荐生效后将被允许</translation>
    </message>
</context>
<context>
    <name>Flows</name>
    <message>
        <source>  no change proposed: %1</source>
        <translation>  未提出修改：%1</translation>
    </message>
    <message>
        <source>  smallest change: add %1 rule %2 to %3: %4</source>
        <translation>  最小修改：在 %3 中添加%1规则 %2：%4</translation>
    </message>
    <message>
        <source>    the flow is then allowed (traced again)</source>
        <translation>    之后该流量被允许（已重新追踪）</translation>
    </message>
    <message>
        <source>    it allows nothing else between the workspace&apos;s endpoints</source>
        <translation>    它在工作区的端点之间不允许其他任何流量</translation>
    </message>
    <message numerus="yes">
        <source>    it also allows %1 -&gt; %2 %3%4 (%n endpoint pair(s))</source>
        <translation>
            <numerusform>    它还允许 %1 -&gt; %2 %3%4（%n 个端点对）</numerusform>
        </translation>
    </message>
    <message>
        <source>    (more flows not listed)</source>
        <translation>    （还有更多流量未列出）</translation>
    </message>
    <message>
        <source>%1 records in %2 flow groups: %3 agree, %4 drift, %5 not resolved</source>
        <translation>%2 个流组中共 %1 条记录：%3 个一致，%4 个偏差，%5 个未解析</translation>
    </message>
    <message>
        <source>; %1 records could not be read</source>
        <translation>；%1 条记录无法读取</translation>
    </message>
    <message>
        <source> (cancelled)</source>
        <translation>（已取消）</translation>
    </message>
    <message>
        <source>not resolved</source>
        <translation>未解析</translation>
    </message>
    <message>
        <source>agree</source>
        <translation>一致</translation>
    </message>
    <message>
        <source>DRIFT</source>
        <translation>偏差</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s), line %1</source>
        <translation>
            <numerusform>%n 条记录，第 %1 行</numerusform>
        </translation>
    </message>
    <message>
        <source>  logged: %1</source>
        <translation>  日志：%1</translation>
    </message>
    <message>
        <source> by %1</source>
        <translation>（由 %1）</translation>
    </message>
    <message>
        <source>  reason: %1</source>
        <translation>  原因：%1</translation>
    </message>
    <message>
        <source>  engine: %1 (%2 at %3)</source>
        <translation>  引擎：%1（%3 的%2）</translation>
    </message>
    <message>
        <source>egress</source>
        <translation>出站</translation>
    </message>
    <message>
        <source>ingress</source>
        <translation>入站</translation>
    </message>
    <message>
        <source>  differs: %1</source>
        <translation>  差异：%1</translation>
    </message>
    <message>
        <source>  note: %1</source>
        <translation>  注：%1</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <source>%1, namespace %2:</source>
        <translation>%1，命名空间 %2：</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>    before:</source>
        <translation>    之前：</translation>
    </message>
    <message>
        <source>    after:</source>
        <translation>    之后：</translation>
    </message>
    <message>
        <source>not resolved: %1</source>
        <translation>未解析：%1</translation>
    </message>
    <message>
        <source>%1 records, %2 connections: %3 change verdict, %4 not resolved</source>
        <translation>%1 条记录，%2 个连接：%3 个改变判定，%4 个未解析</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> 及另外 %1 个</translation>
    </message>
    <message>
        <source>no recommendation: %1</source>
        <translation>无推荐：%1</translation>
    </message>
    <message numerus="yes">
        <source>(%n record(s))</source>
        <translation>
            <numerusform>（%n 条记录）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n staged policy(ies) in tier %1, order %2:</source>
        <translation>
            <numerusform>层级 %1 中的 %n 个暂存策略，顺序 %2：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n observed connection(s)</source>
        <translation>
            <numerusform>观察到 %n 个连接</numerusform>
        </translation>
    </message>
    <message>
        <source>    selector %1: %2</source>
        <translation>    选择器 %1：%2</translation>
    </message>
    <message>
        <source>    the engine applies it to exactly: %1</source>
        <translation>    引擎恰好将其应用于：%1</translation>
    </message>
    <message>
        <source>    NOT EXACT: the engine also applies it to %1</source>
        <translation>    不精确：引擎还将其应用于 %1</translation>
    </message>
    <message>
        <source>Proof (the policies enforced, each observed connection traced again):</source>
        <translation>证明（让这些策略生效，重新追踪每个观察到的连接）：</translation>
    </message>
    <message>
        <source>  allowed, stays allowed: %1</source>
        <translation>  允许，仍然允许：%1</translation>
    </message>
    <message>
        <source>  allowed, NOT ALLOWED after: %1</source>
        <translation>  允许，之后不再允许：%1</translation>
    </message>
    <message>
        <source>  denied in the log, not allowed: %1</source>
        <translation>  日志中拒绝，仍不允许：%1</translation>
    </message>
    <message>
        <source>  denied in the log, ALLOWED after: %1</source>
        <translation>  日志中拒绝，之后变为允许：%1</translation>
    </message>
    <message>
        <source>  allowed, NOT COVERED: %1: %2</source>
        <translation>  允许，未覆盖：%1：%2</translation>
    </message>
    <message>
        <source>    still allowed once enforced: %1</source>
        <translation>    生效后仍然允许：%1</translation>
    </message>
    <message>
        <source>    DENIED once enforced: %1</source>
        <translation>    生效后被拒绝：%1</translation>
    </message>
    <message>
        <source>  not resolved: %1: %2</source>
        <translation>  未解析：%1：%2</translation>
    </message>
    <message>
        <source>%1 of %2 allowed connections stay allowed, %3 of %4 denied ones are not allowed: %5</source>
        <translation>%2 个允许的连接中有 %1 个仍然允许，%4 个拒绝的连接中有 %3 个不被允许：%5</translation>
    </message>
    <message>
        <source>proven</source>
        <translation>已证明</translation>
    </message>
    <message>
        <source>NOT proven</source>
        <translation>未证明</translation>
    </message>
    <message>
        <source>The policies allow nothing the log did not observe between the workspace&apos;s endpoints and network sets.</source>
        <translation>在工作区的端点和网络集之间，这些策略不允许任何日志中未观察到的流量。</translation>
    </message>
    <message numerus="yes">
        <source>They also allow %n connection(s) the log did not observe:</source>
        <translation>
            <numerusform>它们还允许 %n 个日志中未观察到的连接：</numerusform>
        </translation>
    </message>
    <message>
        <source>  ... and %1 more</source>
        <translation>  …… 还有 %1 个</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>注：%1</translation>
    </message>
    <message>
        <source>%1 records, %2 connections: %3 allowed, %4 denied, %5 not covered, %6 not resolved, %7 not touching the chosen endpoints</source>
        <translation>%1 条记录，%2 个连接：%3 个允许，%4 个拒绝，%5 个未覆盖，%6 个未解析，%7 个不涉及所选端点</translation>
    </message>
    <message>
        <source>logged %1</source>
        <translation>日志记录为 %1</translation>
    </message>
    <message>
        <source>[%1] %2 -&gt; %3 %4 (%5): now %6; was %7</source>
        <translation>[%1] %2 -&gt; %3 %4（%5）：现在 %6；之前 %7</translation>
    </message>
</context>
<context>
    <name>GraphDiff</name>
    <message>
        <source>not in the new workspace: %1</source>
        <translation>不在新工作区中：%1</translation>
    </message>
    <message>
        <source>no policy decides it on either side</source>
        <translation>两端都没有策略对其作出判定</translation>
    </message>
</context>
<context>
    <name>GraphExplain</name>
    <message>
        <source>no pair of the two nodes&apos; endpoints has this verdict</source>
        <translation>两个节点的端点之间没有任何一对具有此判定</translation>
    </message>
</context>
<context>
    <name>GraphLayout</name>
    <message>
        <source>Graphviz could not %1</source>
        <translation>Graphviz 无法%1</translation>
    </message>
    <message>
        <source>read the graph</source>
        <translation>读取图</translation>
    </message>
    <message>
        <source>lay the graph out with %1</source>
        <translation>用 %1 布局该图</translation>
    </message>
    <message>
        <source>render %1</source>
        <translation>渲染 %1</translation>
    </message>
    <message>
        <source>unknown image format &apos;%1&apos;</source>
        <translation>未知的图像格式“%1”</translation>
    </message>
</context>
<context>
    <name>GraphObservation</name>
    <message>
        <source>%1 -&gt; %2: %3 is on no node of the graph</source>
        <translation>%1 -&gt; %2：%3 不在图的任何节点上</translation>
    </message>
</context>
<context>
    <name>GraphOverview</name>
    <message>
        <source>a grouping by label needs a key: label:KEY</source>
        <translation>按标签分组需要一个键：label:KEY</translation>
    </message>
    <message>
        <source>the grouping must be prefix or label:KEY, got &apos;%1&apos;</source>
        <translation>分组方式必须是 prefix 或 label:KEY，而不是“%1”</translation>
    </message>
    <message>
        <source>(no %1)</source>
        <translation>（无 %1）</translation>
    </message>
</context>
<context>
    <name>GraphReport</name>
    <message numerus="yes">
        <source>Flow graph by %1: %n node(s)</source>
        <translation>
            <numerusform>按%1划分的流量图：%n 个节点</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n edge(s)</source>
        <translation>
            <numerusform>，%n 条边</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n denied pair(s)</source>
        <translation>
            <numerusform>，%n 对被拒绝</numerusform>
        </translation>
    </message>
    <message>
        <source>Nodes:
</source>
        <translation>节点：
</translation>
    </message>
    <message>
        <source>Allowed:
</source>
        <translation>允许：
</translation>
    </message>
    <message>
        <source>Denied:
</source>
        <translation>拒绝：
</translation>
    </message>
    <message>
        <source>%1 %2: %3 -&gt; %4</source>
        <translation>%1 %2：%3 -&gt; %4</translation>
    </message>
    <message>
        <source>added</source>
        <translation>已添加</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>已移除</translation>
    </message>
    <message>
        <source>%1 %2 rule %3 (%4)</source>
        <translation>%1 %2 规则 %3（%4）</translation>
    </message>
    <message numerus="yes">
        <source>Flow graph difference by %1: %n edge change(s)</source>
        <translation>
            <numerusform>按%1划分的流量图差异：%n 处边变化</numerusform>
        </translation>
    </message>
    <message>
        <source>  node added: %1
</source>
        <translation>  已添加节点：%1
</translation>
    </message>
    <message>
        <source>  node removed: %1
</source>
        <translation>  已移除节点：%1
</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <source>decided at %1 by %2</source>
        <translation>在 %1 由 %2 判定</translation>
    </message>
    <message>
        <source>egress</source>
        <translation>出站</translation>
    </message>
    <message>
        <source>ingress</source>
        <translation>入站</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2（%3）</translation>
    </message>
    <message>
        <source>the end of tier %1 (%2, after %3 %4)</source>
        <translation>层级 %1 的末尾（%2，在 %3 %4 之后）</translation>
    </message>
    <message>
        <source>; before the edit by %1</source>
        <translation>；编辑前由 %1 判定</translation>
    </message>
</context>
<context>
    <name>GraphView</name>
    <message numerus="yes">
        <source>%n endpoint(s)</source>
        <translation>
            <numerusform>%n 个端点</numerusform>
        </translation>
    </message>
    <message>
        <source>network sets</source>
        <translation>网络集</translation>
    </message>
</context>
<context>
    <name>JsonDom</name>
    <message>
        <source>the text is too long</source>
        <translation>文本过长</translation>
    </message>
    <message>
        <source>garbage at the end of the document</source>
        <translation>文档末尾有多余内容</translation>
    </message>
    <message>
        <source>illegal value</source>
        <translation>非法值</translation>
    </message>
    <message>
        <source>illegal number</source>
        <translation>非法数字</translation>
    </message>
    <message>
        <source>a control character in a string</source>
        <translation>字符串中含有控制字符</translation>
    </message>
    <message>
        <source>illegal escape sequence</source>
        <translation>非法转义序列</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>字符串未结束</translation>
    </message>
    <message>
        <source>too deeply nested</source>
        <translation>嵌套过深</translation>
    </message>
    <message>
        <source>expected a key in quotes</source>
        <translation>此处应为带引号的键</translation>
    </message>
    <message>
        <source>missing name separator</source>
        <translation>缺少名称分隔符</translation>
    </message>
    <message>
        <source>unterminated object</source>
        <translation>对象未结束</translation>
    </message>
    <message>
        <source>unterminated array</source>
        <translation>数组未结束</translation>
    </message>
    <message>
        <source>missing value separator</source>
        <translation>缺少值分隔符</translation>
    </message>
</context>
<context>
    <name>KubeClient</name>
    <message>
        <source>%1 (context %2)</source>
        <translation>%1（上下文 %2）</translation>
    </message>
    <message>
        <source>the API server&apos;s URL must start with https:// (got %1)</source>
        <translation>API 服务器的 URL 必须以 https:// 开头（收到的是 %1）</translation>
    </message>
    <message>
        <source>cannot reach the Kubernetes API server at %1: %2</source>
        <translation>无法连接 %1 处的 Kubernetes API 服务器：%2</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>无法连接</translation>
    </message>
    <message>
        <source>GET %1</source>
        <translation>GET %1</translation>
    </message>
    <message>
        <source>%1 answered GET %2 with something that is not a JSON object</source>
        <translation>%1 对 GET %2 返回的内容不是 JSON 对象</translation>
    </message>
    <message>
        <source>the credentials given</source>
        <translation>所给的凭据</translation>
    </message>
    <message>
        <source>user %1 of the kubeconfig</source>
        <translation>kubeconfig 中的用户 %1</translation>
    </message>
    <message>
        <source>%1: %2 refused %3 (401 Unauthorized): the token or client certificate is wrong or expired</source>
        <translation>%1：%2 拒绝了%3（401 Unauthorized）：令牌或客户端证书错误或已过期</translation>
    </message>
    <message>
        <source>%1: forbidden (403) for %2: %3 — the user needs RBAC permission for it</source>
        <translation>%1：禁止%2访问（403）：%3 — 该用户需要相应的 RBAC 权限</translation>
    </message>
    <message>
        <source>%1: %2 does not serve this API (404: %3)</source>
        <translation>%1：%2 不提供此 API（404：%3）</translation>
    </message>
    <message>
        <source>%1: not found (404): %2</source>
        <translation>%1：未找到（404）：%2</translation>
    </message>
    <message>
        <source>%1: conflict (409): %2%3 — another field manager owns these fields; --force-conflicts takes them over</source>
        <translation>%1：冲突（409）：%2%3 — 这些字段归另一个字段管理器所有；--force-conflicts 可接管它们</translation>
    </message>
    <message>
        <source>%1: conflict (409): %2%3</source>
        <translation>%1：冲突（409）：%2%3</translation>
    </message>
    <message>
        <source>%1: the server refused the content type (415): %2</source>
        <translation>%1：服务器拒绝了该内容类型（415）：%2</translation>
    </message>
    <message>
        <source>%1: invalid (422): %2%3</source>
        <translation>%1：无效（422）：%2%3</translation>
    </message>
    <message>
        <source>%1: the service is unavailable (503: %2) — for projectcalico.org, the Calico API server is registered but not answering</source>
        <translation>%1：服务不可用（503：%2） — 对于 projectcalico.org，这表示 Calico API 服务器已注册但未应答</translation>
    </message>
    <message>
        <source>%1: HTTP %2: %3%4</source>
        <translation>%1：HTTP %2：%3%4</translation>
    </message>
</context>
<context>
    <name>KubeConvert</name>
    <message>
        <source>invalid CIDR &quot;%1&quot;: Calico converts this peer into one that matches every address</source>
        <translation>无效的 CIDR“%1”：Calico 会把这个对端转换为匹配所有地址的对端</translation>
    </message>
    <message>
        <source>invalid CIDR &quot;%1&quot; in except: Calico ignores it and every later except entry</source>
        <translation>except 中的 CIDR“%1”无效：Calico 会忽略它以及其后的所有 except 条目</translation>
    </message>
    <message>
        <source>this rule is dropped: its port &quot;%1&quot; cannot be converted (%2)</source>
        <translation>此规则被丢弃：其端口“%1”无法转换（%2）</translation>
    </message>
</context>
<context>
    <name>KubePush</name>
    <message>
        <source>not read as one resource</source>
        <translation>未能作为单个资源读取</translation>
    </message>
    <message>
        <source>%1: the cluster does not serve %2</source>
        <translation>%1：集群不提供 %2</translation>
    </message>
    <message>
        <source>list %1</source>
        <translation>列出 %1</translation>
    </message>
    <message>
        <source>%1 answered GET %2 without a list of items</source>
        <translation>%1 对 GET %2 的应答中没有 items 列表</translation>
    </message>
    <message>
        <source>create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source> — it changed since the plan was read: plan and push again</source>
        <translation> — 自读取计划以来它已被修改：请重新计划并推送</translation>
    </message>
    <message>
        <source>%1 serves neither projectcalico.org nor crd.projectcalico.org: Calico is not installed there on the Kubernetes datastore (for Calico on etcd, use --etcd)</source>
        <translation>%1 既不提供 projectcalico.org，也不提供 crd.projectcalico.org：该处没有安装基于 Kubernetes 数据存储的 Calico（若 Calico 使用 etcd，请使用 --etcd）</translation>
    </message>
    <message>
        <source>%1 has Calico&apos;s crd.projectcalico.org/v1 CRDs but no Calico API server: writing them directly would bypass Calico&apos;s validation and defaulting, so nothing is pushed — install the Calico API server (or use calicoctl); pull reads this cluster</source>
        <translation>%1 有 Calico 的 crd.projectcalico.org/v1 CRD，但没有 Calico API 服务器：直接写入这些 CRD 会绕过 Calico 的校验和默认值填充，因此不推送任何内容 — 请安装 Calico API 服务器（或使用 calicoctl）；拉取可以读取此集群</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n object(s) that cannot be read, so the push cannot tell what it would replace:
%2</source>
        <translation>
            <numerusform>%1 中有 %n 个无法读取的对象，因此推送无法判断会替换什么：
%2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2: made and kept by Calico itself</source>
        <translation>%1 %2：由 Calico 自己创建并维护</translation>
    </message>
    <message>
        <source>%1 %2: the cluster does not serve this kind</source>
        <translation>%1 %2：集群不提供这种类型</translation>
    </message>
    <message>
        <source>%1 %2: profiles are read-only on the Kubernetes datastore</source>
        <translation>%1 %2：在 Kubernetes 数据存储上，配置文件是只读的</translation>
    </message>
    <message>
        <source>%1 %2: Calico %3 has no such kind</source>
        <translation>%1 %2：Calico %3 没有这种类型</translation>
    </message>
    <message>
        <source>%1 %2: not a resource a push writes to a cluster</source>
        <translation>%1 %2：不是推送会写入集群的资源</translation>
    </message>
    <message>
        <source>%1 %2 is in the workspace twice</source>
        <translation>%1 %2 在工作区中出现了两次</translation>
    </message>
    <message>
        <source>%1 %2 was read at resourceVersion %3, but the cluster holds it at %4: it changed since (pull again, or remove its resourceVersion to overwrite it)</source>
        <translation>%1 %2 读取于 resourceVersion %3，但集群中它的版本是 %4：之后它已被修改（请重新拉取，或删除其 resourceVersion 以覆盖它）</translation>
    </message>
    <message>
        <source>%1 %2 was read at resourceVersion %3, but the cluster no longer holds it (remove its resourceVersion to create it again)</source>
        <translation>%1 %2 读取于 resourceVersion %3，但集群中已不再有它（删除其 resourceVersion 以重新创建）</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) in the cluster carry no mark of stack &apos;%1&apos; (kubectl, calicoctl or another tool wrote them): %2; nothing was sent — push with adopt (policyctl push --adopt) to take them over</source>
        <translation>
            <numerusform>集群中有 %n 个对象没有栈 &apos;%1&apos; 的标记（由 kubectl、calicoctl 或其他工具写入）：%2；未发送任何内容 — 使用接管方式推送（policyctl push --adopt）以接管它们</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled before anything was applied</source>
        <translation>在应用任何内容之前已取消</translation>
    </message>
    <message numerus="yes">
        <source>the server refused %n change(s) in its dry run; nothing was applied:
  %1</source>
        <translation>
            <numerusform>服务器在试运行中拒绝了 %n 处变更；未应用任何内容：
  %1</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled after %1 of %2 change(s) were applied; the others were not sent and are left as they were</source>
        <translation>已在应用 %2 处变更中的 %1 处后取消；其余变更未发送，保持原样</translation>
    </message>
    <message>
        <source>%1
%2 of %3 change(s) were applied before it; the %4 after it were not sent and are left as they were</source>
        <translation>%1
在此之前已应用 %3 处变更中的 %2 处；其后的 %4 处未发送，保持原样</translation>
    </message>
    <message>
        <source>%1 does not serve crd.projectcalico.org, the API group asked for</source>
        <translation>%1 不提供所要求的 API 组 crd.projectcalico.org</translation>
    </message>
    <message>
        <source>%1 does not serve projectcalico.org, the API group asked for</source>
        <translation>%1 不提供所要求的 API 组 projectcalico.org</translation>
    </message>
    <message>
        <source>unknown Calico API group %1 (projectcalico.org/v3 or crd.projectcalico.org/v1)</source>
        <translation>未知的 Calico API 组 %1（应为 projectcalico.org/v3 或 crd.projectcalico.org/v1）</translation>
    </message>
</context>
<context>
    <name>KubePushReport</name>
    <message>
        <source>plan for %1 (%2, Calico %3, stack %4):
</source>
        <translation>%1 的计划（%2，Calico %3，栈 %4）：
</translation>
    </message>
    <message>
        <source> (live without the mark of stack %1: needs --adopt)</source>
        <translation> （线上对象没有栈 %1 的标记：需要 --adopt）</translation>
    </message>
    <message numerus="yes">
        <source>  %n live object(s) not written by this stack left alone
</source>
        <translation>
            <numerusform>  %n 个不是此栈写入的线上对象保持不变
</numerusform>
        </translation>
    </message>
    <message>
        <source>dry run: the server checked every change (dryRun=All); nothing was applied
</source>
        <translation>试运行：服务器已检查每处变更（dryRun=All）；未应用任何内容
</translation>
    </message>
    <message>
        <source>dry run: nothing to change
</source>
        <translation>试运行：无需改变
</translation>
    </message>
    <message>
        <source>nothing to change: the cluster already holds the workspace
</source>
        <translation>无需改变：集群已包含该工作区
</translation>
    </message>
    <message numerus="yes">
        <source>applied: %n change(s) with server-side apply (field manager %1)
</source>
        <translation>
            <numerusform>已应用：以服务器端应用（server-side apply）应用了 %n 处变更（字段管理器 %1）
</numerusform>
        </translation>
    </message>
    <message>
        <source>failed: %1
</source>
        <translation>失败：%1
</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) were applied; the changes marked &quot;not applied&quot; and the failed one are left as they were
</source>
        <translation>
            <numerusform>已应用 %n 处变更；标记为“未应用”的变更和失败的那处变更保持原样
</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing was applied: the cluster is left as it was
</source>
        <translation>未应用任何内容：集群保持原样
</translation>
    </message>
    <message>
        <source>not read: %1
</source>
        <translation>未读取：%1
</translation>
    </message>
    <message numerus="yes">
        <source>pulled %n resource(s) from %1 (%2) into %3
</source>
        <translation>
            <numerusform>已从 %1（%2）拉取 %n 个资源到 %3
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kubeconfig</name>
    <message>
        <source>%1: cannot start the YAML parser</source>
        <translation>%1：无法启动 YAML 解析器</translation>
    </message>
    <message>
        <source>%1:%2:%3: not YAML: %4</source>
        <translation>%1:%2:%3：不是 YAML：%4</translation>
    </message>
    <message>
        <source>%1: not a kubeconfig (the document is not a mapping)</source>
        <translation>%1：不是 kubeconfig（文档不是映射）</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1：%2：%3</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>必须是列表</translation>
    </message>
    <message>
        <source>has no entry named &apos;%1&apos;</source>
        <translation>没有名为“%1”的条目</translation>
    </message>
    <message>
        <source>is not base64 of a PEM file</source>
        <translation>不是 PEM 文件的 base64 编码</translation>
    </message>
    <message>
        <source>does not hold PEM data</source>
        <translation>不包含 PEM 数据</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 does not hold PEM data</source>
        <translation>%1 不包含 PEM 数据</translation>
    </message>
    <message>
        <source>is &apos;%1&apos;, not Config</source>
        <translation>是“%1”，而不是 Config</translation>
    </message>
    <message>
        <source>is not set: name a context (--context)</source>
        <translation>未设置：请指定一个上下文（--context）</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an https:// URL (plain HTTP would send the credentials in clear)</source>
        <translation>“%1”不是 https:// URL（普通 HTTP 会以明文发送凭据）</translation>
    </message>
    <message>
        <source>is not supported</source>
        <translation>不受支持</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>必须为 true 或 false</translation>
    </message>
    <message>
        <source>cannot be combined with a certificate authority</source>
        <translation>不能与证书颁发机构（CA）同时使用</translation>
    </message>
    <message>
        <source>is true: the server&apos;s certificate would not be checked, so anyone on the path could read the credentials and change what is pushed; refused (give the cluster&apos;s CA, or allow it explicitly with --insecure-skip-tls-verify)</source>
        <translation>为 true：将不检查服务器的证书，因此通信路径上的任何人都能读取凭据并篡改推送的内容；已拒绝（请提供集群的 CA，或使用 --insecure-skip-tls-verify 显式允许）</translation>
    </message>
    <message>
        <source>is not supported: use a client certificate, token or tokenFile (for exec plugins, run the plugin and put its token in a tokenFile)</source>
        <translation>不受支持：请使用客户端证书、令牌（token）或 tokenFile（对于 exec 插件，请运行该插件并将其令牌放入 tokenFile）</translation>
    </message>
    <message>
        <source>is missing: a client certificate needs its key</source>
        <translation>缺失：客户端证书需要其密钥</translation>
    </message>
    <message>
        <source>cannot read the token file %1: %2</source>
        <translation>无法读取令牌文件 %1：%2</translation>
    </message>
    <message>
        <source>the token file %1 is empty</source>
        <translation>令牌文件 %1 为空</translation>
    </message>
    <message>
        <source>cannot read the kubeconfig %1: %2</source>
        <translation>无法读取 kubeconfig %1：%2</translation>
    </message>
    <message>
        <source>%1: larger than 16 MiB, not a kubeconfig</source>
        <translation>%1：大于 16 MiB，不是 kubeconfig</translation>
    </message>
</context>
<context>
    <name>LabelSelectorText</name>
    <message>
        <source>column %1: %2</source>
        <translation>第 %1 列：%2</translation>
    </message>
    <message>
        <source>an empty requirement (two commas, or a comma at an end)</source>
        <translation>空的匹配条件（连续两个逗号，或逗号位于开头或结尾）</translation>
    </message>
    <message>
        <source>“%1” is not a label value</source>
        <translation>“%1”不是标签值</translation>
    </message>
    <message>
        <source>“%1” is not a label key</source>
        <translation>“%1”不是标签键</translation>
    </message>
    <message>
        <source>“%1”: write “key in (a,b)” or “key notin (a,b)”</source>
        <translation>“%1”：请写成“key in (a,b)”或“key notin (a,b)”</translation>
    </message>
    <message>
        <source>“%1” is given two values</source>
        <translation>“%1”被赋予了两个值</translation>
    </message>
</context>
<context>
    <name>LeftOut</name>
    <message>
        <source>old</source>
        <translation>旧</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新</translation>
    </message>
    <message>
        <source>left out: %1 — %2</source>
        <translation>已排除：%1 — %2</translation>
    </message>
    <message>
        <source>left out: %1 — %2 (%3)</source>
        <translation>已排除：%1 — %2（%3）</translation>
    </message>
    <message>
        <source>Using the last valid version of %1; the edited one is invalid: %2</source>
        <translation>正在使用 %1 的最后一个有效版本；编辑后的版本无效：%2</translation>
    </message>
    <message>
        <source>Left out, as Calico would reject it: %1</source>
        <translation>已排除，因为 Calico 会拒绝它：%1</translation>
    </message>
    <message>
        <source>Using the last valid version of %1 %2; the edited one is invalid: %3</source>
        <translation>正在使用 %1 %2 的最后一个有效版本；编辑后的版本无效：%3</translation>
    </message>
    <message>
        <source>Left out, as Calico would reject it: %1 %2 — %3</source>
        <translation>已排除，因为 Calico 会拒绝它：%1 %2 — %3</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (see Problems)</source>
        <translation>
            <numerusform>…… 还有 %n 个（见“问题”）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lint</name>
    <message>
        <source>allowed</source>
        <translation>允许</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message numerus="yes">
        <source>%1 or %n more</source>
        <translation>
            <numerusform>%1 或另外 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 及另外 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 rule %2 of profile %3</source>
        <translation>配置文件 %3 的%1规则 %2</translation>
    </message>
    <message>
        <source>the end of tier %1 (no rule of its policies allows or passes it)</source>
        <translation>层级 %1 的末尾（其策略中没有规则允许或传递它）</translation>
    </message>
    <message>
        <source>the default deny (no profile allows it)</source>
        <translation>默认拒绝（没有配置文件允许它）</translation>
    </message>
    <message>
        <source>Felix&apos;s failsafe ports</source>
        <translation>Felix 的 failsafe 端口</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n other endpoint(s)</source>
        <translation>
            <numerusform>%1 及另外 %n 个端点</numerusform>
        </translation>
    </message>
    <message>
        <source> %1 lists %2 in its types but has no %3 rule.</source>
        <translation> %1 的 types 中列出了 %2，但没有%3规则。</translation>
    </message>
    <message>
        <source>%1 in tier %2</source>
        <translation>层级 %2 中的 %1</translation>
    </message>
    <message>
        <source>In tier %1, which is not the last, no rule of %2 allows or passes some %4 traffic of %3 (e.g. %5): it is dropped at the end of tier %1, so the later tiers never see it (%6), in the current inventory.%7</source>
        <translation>在当前清单中，层级 %1（不是最后一个层级）中 %2 没有规则允许或传递 %3 的某些%4流量（例如 %5）：它在层级 %1 的末尾被丢弃，因此后面的层级永远看不到它（%6）。%7</translation>
    </message>
    <message>
        <source>%1 is a Log rule that no flow it matches reaches in the current inventory (e.g. %2): %3 decides it first, so nothing is logged.</source>
        <translation>%1 是一条 Log 规则，但在当前清单中它匹配的流量都到达不了它（例如 %2）：%3 先作出判定，因此不会记录任何内容。</translation>
    </message>
    <message>
        <source>%1 never decides: every flow it matches in the current inventory (e.g. %2) is decided before it by %3.</source>
        <translation>%1 从不作出判定：在当前清单中，它匹配的每个流量（例如 %2）都在它之前由 %3 判定。</translation>
    </message>
    <message>
        <source>Removing %1 changes no verdict in the current inventory: every flow it decides (e.g. %2, %3) gets the same verdict without it, from %4.</source>
        <translation>在当前清单中，删除 %1 不会改变任何判定：它判定的每个流量（例如 %2、%3）在没有它时都会由 %4 得到相同的判定。</translation>
    </message>
    <message>
        <source>%1 (stagedAction Delete) would change verdicts if enforced: without %2, %3 would be %4 instead of %5, at %6, in the current inventory.</source>
        <translation>在当前清单中，%1（stagedAction Delete）若生效将改变判定：没有 %2 时，%3 将是 %4 而不是 %5，位于 %6。</translation>
    </message>
    <message>
        <source>%1 would change verdicts if enforced in place of %2: %3 would be %4 instead of %5, at %6, in the current inventory.</source>
        <translation>在当前清单中，%1 若替代 %2 生效将改变判定：%3 将是 %4 而不是 %5，位于 %6。</translation>
    </message>
    <message>
        <source>%1 stages a policy that is not enforced yet and would change verdicts if enforced: %2 would be %3 instead of %4, at %5, in the current inventory.</source>
        <translation>在当前清单中，%1 暂存了一个尚未生效的策略，若生效将改变判定：%2 将是 %3 而不是 %4，位于 %5。</translation>
    </message>
    <message>
        <source>source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>destination</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>%1 selects no host endpoint in the current inventory (its selector is %2, and doNotTrack and preDNAT policies apply to host endpoints only), so it decides nothing.</source>
        <translation>%1 在当前清单中没有选中任何主机端点（其选择器为 %2，而 doNotTrack 和 preDNAT 策略只适用于主机端点），因此它不判定任何流量。</translation>
    </message>
    <message>
        <source>%1 selects no endpoint in the current inventory (no pod, workload or host endpoint matches %2), so it decides nothing.</source>
        <translation>%1 在当前清单中没有选中任何端点（没有 Pod、工作负载或主机端点匹配 %2），因此它不判定任何流量。</translation>
    </message>
    <message>
        <source>The %1 of %2 selects no endpoint and no network set in the current inventory (%3), so the rule never matches.</source>
        <translation>在当前清单中，%2 的%1没有选中任何端点或网络集（%3），因此该规则永远不会匹配。</translation>
    </message>
    <message>
        <source>%1 has only Log rules for %2: they record traffic but never allow, deny or pass it, so the policy decides nothing for %2 and the traffic goes on to the next policy or the end of tier %3.</source>
        <translation>%1 对%2只有 Log 规则：它们记录流量但从不允许、拒绝或传递，因此该策略不对%2流量作出判定，流量继续进入下一个策略或层级 %3 的末尾。</translation>
    </message>
    <message>
        <source>%1 is a Log rule that no packet it matches reaches: %2 (%3) matches all of that traffic first and decides it.</source>
        <translation>%1 是一条 Log 规则，但它匹配的数据包都到达不了它：%2（%3）先匹配了所有这些流量并作出判定。</translation>
    </message>
    <message>
        <source>%1 %2 is held by no rule&apos;s selector in any policy or profile, so its nets decide nothing.</source>
        <translation>%1 %2 没有被任何策略或配置文件中的规则选择器选中，因此其网络不判定任何流量。</translation>
    </message>
    <message>
        <source>ingress</source>
        <translation>入站</translation>
    </message>
    <message>
        <source>egress</source>
        <translation>出站</translation>
    </message>
    <message>
        <source>%1 rule %2 of %3</source>
        <translation>%3 的%1规则 %2</translation>
    </message>
    <message>
        <source>%1 port %2</source>
        <translation>%1 端口 %2</translation>
    </message>
    <message>
        <source>%1 type %2</source>
        <translation>%1 类型 %2</translation>
    </message>
    <message>
        <source>%1 code %2</source>
        <translation>%1 代码 %2</translation>
    </message>
    <message>
        <source>%1 from source port %2</source>
        <translation>%1，源端口 %2</translation>
    </message>
    <message>
        <source>%1 from %2 to %3</source>
        <translation>%1，从 %2 到 %3</translation>
    </message>
</context>
<context>
    <name>LintReport</name>
    <message>
        <source>    related: %1</source>
        <translation>    相关：%1</translation>
    </message>
    <message>
        <source>lint: %1 error(s), %2 warning(s), %3 info</source>
        <translation>lint：%1 个错误，%2 个警告，%3 个提示</translation>
    </message>
</context>
<context>
    <name>Loader</name>
    <message>
        <source>file is too large (%1 bytes; the limit is 1 GiB)</source>
        <translation>文件过大（%1 字节；上限为 1 GiB）</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>cannot read standard input: %1</source>
        <translation>无法读取标准输入：%1</translation>
    </message>
    <message>
        <source>no such file or directory</source>
        <translation>没有该文件或目录</translation>
    </message>
    <message>
        <source>no .yaml, .yml or .json files in this directory</source>
        <translation>此目录中没有 .yaml、.yml 或 .json 文件</translation>
    </message>
    <message>
        <source>null</source>
        <translation>空值（null）</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation>映射</translation>
    </message>
    <message>
        <source>the document</source>
        <translation>该文档</translation>
    </message>
    <message>
        <source>%1 must be %2, not %3</source>
        <translation>%1 必须是%2，而不是%3</translation>
    </message>
    <message>
        <source>the document expands to too many values through YAML aliases</source>
        <translation>该文档通过 YAML 别名展开后的值过多</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>a mapping of strings</source>
        <translation>字符串映射</translation>
    </message>
    <message>
        <source>a key must be a string, not %1</source>
        <translation>键必须是字符串，而不是%1</translation>
    </message>
    <message>
        <source>duplicate key %1</source>
        <translation>重复的键 %1</translation>
    </message>
    <message>
        <source>%1 is not a string: Kubernetes rejects unquoted numbers and booleans here; write %2</source>
        <translation>%1 不是字符串：Kubernetes 在此处不接受未加引号的数字和布尔值；请写成 %2</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>%1 is out of range</source>
        <translation>%1 超出范围</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <source>a port number, range or name</source>
        <translation>端口号、端口范围或端口名</translation>
    </message>
    <message>
        <source>port %1 is not a whole number</source>
        <translation>端口 %1 不是整数</translation>
    </message>
    <message>
        <source>port %1 is out of range (0-65535)</source>
        <translation>端口 %1 超出范围（0-65535）</translation>
    </message>
    <message>
        <source>a protocol name or number</source>
        <translation>协议名称或编号</translation>
    </message>
    <message>
        <source>protocol %1 is not a whole number</source>
        <translation>协议 %1 不是整数</translation>
    </message>
    <message>
        <source>protocol %1 is out of range (0-255)</source>
        <translation>协议 %1 超出范围（0-255）</translation>
    </message>
    <message>
        <source>a document must be a mapping with apiVersion and kind, not %1</source>
        <translation>文档必须是包含 apiVersion 和 kind 的映射，而不是%1</translation>
    </message>
    <message>
        <source>a mapping with apiVersion and kind</source>
        <translation>包含 apiVersion 和 kind 的映射</translation>
    </message>
    <message>
        <source>missing &quot;kind&quot;</source>
        <translation>缺少“kind”</translation>
    </message>
    <message>
        <source>missing &quot;apiVersion&quot;</source>
        <translation>缺少“apiVersion”</translation>
    </message>
    <message>
        <source>a List cannot contain another List</source>
        <translation>List 中不能再包含 List</translation>
    </message>
    <message>
        <source>kind %1 does not belong to apiVersion %2</source>
        <translation>类型 %1 不属于 apiVersion %2</translation>
    </message>
    <message>
        <source>kind %1 does not belong to apiVersion %2 (expected %3)</source>
        <translation>类型 %1 不属于 apiVersion %2（应为 %3）</translation>
    </message>
    <message>
        <source>kind %1 is not used by Policy Studio; ignored</source>
        <translation>Policy Studio 不使用类型 %1；已忽略</translation>
    </message>
    <message>
        <source>unknown kind %1</source>
        <translation>未知类型 %1</translation>
    </message>
    <message>
        <source>unknown kind %1; did you mean %2?</source>
        <translation>未知类型 %1；您是指 %2 吗？</translation>
    </message>
    <message>
        <source>control character %1 is not allowed in YAML text</source>
        <translation>YAML 文本中不允许出现控制字符 %1</translation>
    </message>
    <message>
        <source>not valid UTF-8 (byte %1); expected YAML or JSON text</source>
        <translation>不是有效的 UTF-8（字节 %1）；应为 YAML 或 JSON 文本</translation>
    </message>
    <message>
        <source>binary file (contains NUL bytes); expected YAML or JSON text</source>
        <translation>二进制文件（包含 NUL 字节）；应为 YAML 或 JSON 文本</translation>
    </message>
    <message>
        <source>invalid YAML: unknown alias</source>
        <translation>无效的 YAML：未知的别名</translation>
    </message>
    <message>
        <source>invalid YAML: an alias refers to a node that contains it</source>
        <translation>无效的 YAML：别名引用了包含它自身的节点</translation>
    </message>
    <message>
        <source>nesting deeper than %1 levels is not supported</source>
        <translation>不支持超过 %1 层的嵌套</translation>
    </message>
    <message>
        <source>invalid YAML: %1</source>
        <translation>无效的 YAML：%1</translation>
    </message>
    <message>
        <source>invalid YAML: out of memory</source>
        <translation>无效的 YAML：内存不足</translation>
    </message>
    <message>
        <source>cannot parse the text</source>
        <translation>无法解析该文本</translation>
    </message>
    <message>
        <source>%1 (%2 that starts on line %3)</source>
        <translation>%1（%2，始于第 %3 行）</translation>
    </message>
    <message>
        <source>invalid YAML: %1; the file ends too early</source>
        <translation>无效的 YAML：%1；文件过早结束</translation>
    </message>
    <message>
        <source>a mapping key must be a string, not %1</source>
        <translation>映射的键必须是字符串，而不是%1</translation>
    </message>
    <message>
        <source>unknown field %1 in %2</source>
        <translation>%2 中的未知字段 %1</translation>
    </message>
    <message>
        <source>unknown field %1 in %2; did you mean %3?</source>
        <translation>%2 中的未知字段 %1；您是指 %3 吗？</translation>
    </message>
    <message>
        <source>duplicate field %1</source>
        <translation>重复的字段 %1</translation>
    </message>
    <message>
        <source>the input is larger than %1 bytes; stopped reading it (a device or a stream that does not end?)</source>
        <translation>输入大于 %1 字节；已停止读取（是不会结束的设备或流吗？）</translation>
    </message>
    <message>
        <source>apiVersion %1 is not served for kind %2 (expected %3)</source>
        <translation>类型 %2 不提供 apiVersion %1（应为 %3）</translation>
    </message>
    <message>
        <source>merge keys (&lt;&lt;) add more than %1 keys to this document; it is refused, as kubectl refuses excessive aliasing</source>
        <translation>合并键（&lt;&lt;）向此文档添加了超过 %1 个键；已拒绝，如同 kubectl 拒绝过度的别名引用</translation>
    </message>
</context>
<context>
    <name>Matrix</name>
    <message>
        <source>%1 by %2 (rows: from, columns: to; A allow, - deny, P partial)
</source>
        <translation>%1，按%2（行：来源，列：目标；A 允许，- 拒绝，P 部分允许）
</translation>
    </message>
</context>
<context>
    <name>Migration</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>tier %1, %2 %3</source>
        <translation>层级 %1，%2 %3</translation>
    </message>
    <message>
        <source>, rule %1</source>
        <translation>，规则 %1</translation>
    </message>
    <message>
        <source>Calico %1 -&gt; %2: %3 of %4 AdminNetworkPolicies and BaselineAdminNetworkPolicies rewritten as ClusterNetworkPolicies
</source>
        <translation>Calico %1 -&gt; %2：%4 个 AdminNetworkPolicy 和 BaselineAdminNetworkPolicy 中有 %3 个已重写为 ClusterNetworkPolicy
</translation>
    </message>
    <message>
        <source>  %1 %2 -&gt; ClusterNetworkPolicy %2 (tier %3, priority %4)
</source>
        <translation>  %1 %2 -&gt; ClusterNetworkPolicy %2（层级 %3，优先级 %4）
</translation>
    </message>
    <message>
        <source>not convertible (kept as they are):
</source>
        <translation>无法转换（保持原样）：
</translation>
    </message>
    <message>
        <source>equivalent: every probed flow has the same verdict under Calico %1 (before) and %2 (after) (%3 endpoints, %4 probes per pair)
</source>
        <translation>等价：在 Calico %1（之前）和 %2（之后）下，每个探测的流量判定都相同（%3 个端点，每对 %4 次探测）
</translation>
    </message>
    <message numerus="yes">
        <source>%n policy(ies) cannot be rewritten</source>
        <translation>
            <numerusform>%n 个策略无法重写</numerusform>
        </translation>
    </message>
    <message>
        <source>more than %1 flows differ</source>
        <translation>超过 %1 个流量不同</translation>
    </message>
    <message numerus="yes">
        <source>%n flow(s) differ</source>
        <translation>
            <numerusform>%n 个流量不同</numerusform>
        </translation>
    </message>
    <message>
        <source>the workspace has no endpoints to probe flows between (add its namespaces and pods)</source>
        <translation>工作区中没有可在其间探测流量的端点（请添加其命名空间和 Pod）</translation>
    </message>
    <message>
        <source>not equivalent: %1
</source>
        <translation>不等价：%1
</translation>
    </message>
    <message>
        <source>not proved: %1
</source>
        <translation>未证明：%1
</translation>
    </message>
    <message>
        <source>  %1 at %2
</source>
        <translation>  %2 的 %1
</translation>
    </message>
    <message>
        <source>: %1 under %2, %3 under %4 (%5 endpoint pairs)
</source>
        <translation>：%2 下为 %1，%4 下为 %3（%5 个端点对）
</translation>
    </message>
    <message>
        <source>flow %1 -&gt; %2 %3</source>
        <translation>流 %1 -&gt; %2 %3</translation>
    </message>
    <message>
        <source>(more flow changes not shown)
</source>
        <translation>（更多流的变化未显示）
</translation>
    </message>
</context>
<context>
    <name>NodeAgent</name>
    <message>
        <source>%1 exists already; give --force to replace it</source>
        <translation>%1 已存在；使用 --force 替换它</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>OpenSSL could not make a key and certificate</source>
        <translation>OpenSSL 无法生成密钥和证书</translation>
    </message>
    <message>
        <source>cannot read the token file %1: %2</source>
        <translation>无法读取令牌文件 %1：%2</translation>
    </message>
    <message>
        <source>the token file %1 can be read by others; make it readable by its owner only (chmod 600)</source>
        <translation>令牌文件 %1 可被他人读取；请设为仅所有者可读（chmod 600）</translation>
    </message>
    <message>
        <source>the token file %1 is empty</source>
        <translation>令牌文件 %1 为空</translation>
    </message>
    <message>
        <source>the agent&apos;s answer is not JSON: %1</source>
        <translation>代理的应答不是 JSON：%1</translation>
    </message>
    <message>
        <source>the agent&apos;s answer has no valid &quot;%1&quot;</source>
        <translation>代理的应答中没有有效的 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the request has %1 bytes or more; the agent accepts at most %2 (refused, nothing changed)</source>
        <translation>请求有 %1 字节或更多；代理最多接受 %2（已拒绝，未做任何更改）</translation>
    </message>
    <message>
        <source> in %1 ms</source>
        <translation>，用时 %1 毫秒</translation>
    </message>
    <message>
        <source>no bearer token: send &quot;Authorization: Bearer &lt;token&gt;&quot; with the agent&apos;s token</source>
        <translation>没有持有者令牌：请用代理的令牌发送 &quot;Authorization: Bearer &lt;token&gt;&quot;</translation>
    </message>
    <message>
        <source>the bearer token is wrong</source>
        <translation>持有者令牌错误</translation>
    </message>
    <message>
        <source>%1 does not take %2 (use %3)</source>
        <translation>%1 不接受 %2（请使用 %3）</translation>
    </message>
    <message>
        <source>If-Match must name a generation, such as &quot;3&quot; (got %1)</source>
        <translation>If-Match 必须指定一个代数，例如 &quot;3&quot;（收到的是 %1）</translation>
    </message>
    <message>
        <source>generation %1</source>
        <translation>第 %1 代</translation>
    </message>
    <message>
        <source>%1 chains, %2 IP sets would change</source>
        <translation>将有 %1 条链、%2 个 IP 集合发生变化</translation>
    </message>
    <message>
        <source>no such endpoint: %1 (the agent serves /healthz, /v1/state, /v1/plan, /v1/apply, /v1/ruleset and /v1/rollback)</source>
        <translation>没有这个端点：%1（代理提供 /healthz、/v1/state、/v1/plan、/v1/apply、/v1/ruleset 和 /v1/rollback）</translation>
    </message>
    <message>
        <source>%1 could not be started (is it installed and on PATH?)</source>
        <translation>无法启动 %1（是否已安装并在 PATH 中？）</translation>
    </message>
    <message>
        <source>%1 did not finish in time and was stopped</source>
        <translation>%1 未能按时完成，已被停止</translation>
    </message>
    <message>
        <source>%1 failed (exit code %2)</source>
        <translation>%1 失败（退出码 %2）</translation>
    </message>
    <message>
        <source>%1 failed (exit code %2): %3</source>
        <translation>%1 失败（退出码 %2）：%3</translation>
    </message>
    <message>
        <source>IP set %1 could not be removed: %2</source>
        <translation>无法删除 IP 集合 %1：%2</translation>
    </message>
    <message>
        <source>the current rules could not be read (%1); nothing was changed</source>
        <translation>无法读取当前规则（%1）；未做任何更改</translation>
    </message>
    <message>
        <source>the IP sets could not be listed (%1); nothing was changed</source>
        <translation>无法列出 IP 集合（%1）；未做任何更改</translation>
    </message>
    <message>
        <source>the IP sets could not be written (%1); nothing was changed</source>
        <translation>无法写入 IP 集合（%1）；未做任何更改</translation>
    </message>
    <message>
        <source>the IP sets could not be swapped into place (%1); the previous sets were put back</source>
        <translation>无法将 IP 集合交换到位（%1）；已恢复之前的集合</translation>
    </message>
    <message>
        <source>rule %1 is &quot;%2&quot;, expected &quot;%3&quot;</source>
        <translation>规则 %1 是 &quot;%2&quot;，应为 &quot;%3&quot;</translation>
    </message>
    <message>
        <source>after writing, the %1 table does not hold the rendered rules (%2)</source>
        <translation>写入后，%1 表中没有渲染出的规则（%2）</translation>
    </message>
    <message>
        <source>its chains differ</source>
        <translation>其链不同</translation>
    </message>
    <message>
        <source>%1; restoring the previous rules failed too: %2</source>
        <translation>%1；恢复之前的规则也失败了：%2</translation>
    </message>
    <message>
        <source>%1; the previous ruleset was restored</source>
        <translation>%1；已恢复之前的规则集</translation>
    </message>
    <message>
        <source>the request holds no workspace (send the node&apos;s resources as YAML)</source>
        <translation>请求中没有工作区（请以 YAML 发送该节点的资源）</translation>
    </message>
    <message numerus="yes">
        <source>the workspace has %n error(s); Calico would refuse it, so nothing was applied:
%1</source>
        <translation>
            <numerusform>工作区有 %n 个错误；Calico 会拒绝它，因此未应用任何内容：
%1</numerusform>
        </translation>
    </message>
    <message>
        <source>no pod or host endpoint of the workspace is on node %1: only Felix&apos;s fixed chains are applied</source>
        <translation>工作区中没有 Pod 或主机端点位于节点 %1 上：只应用 Felix 的固定链</translation>
    </message>
    <message>
        <source>cannot create the state folder %1</source>
        <translation>无法创建状态文件夹 %1</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 已损坏：%2</translation>
    </message>
    <message>
        <source>%1 holds the state of node %2, not %3</source>
        <translation>%1 保存的是节点 %2 的状态，而不是 %3</translation>
    </message>
    <message>
        <source>generation %1 could not be applied again at start: %2</source>
        <translation>启动时无法重新应用第 %1 代：%2</translation>
    </message>
    <message>
        <source>the agent is at generation %1, not %2: another push came first; read its state and plan again</source>
        <translation>代理处于第 %1 代，而不是第 %2 代：另一次推送先到达；请读取其状态并重新规划</translation>
    </message>
    <message>
        <source>the state could not be saved (%1); the previous ruleset was put back</source>
        <translation>无法保存状态（%1）；已恢复之前的规则集</translation>
    </message>
    <message>
        <source>the state could not be saved (%1), and putting the previous ruleset back failed: %2</source>
        <translation>无法保存状态（%1），并且恢复之前的规则集也失败了：%2</translation>
    </message>
    <message>
        <source>generation %1 applied: %2 rules, %3 IP sets, %4 local endpoints</source>
        <translation>已应用第 %1 代：%2 条规则、%3 个 IP 集合、%4 个本地端点</translation>
    </message>
    <message>
        <source>there is no previous generation to roll back to</source>
        <translation>没有可回滚到的上一代</translation>
    </message>
    <message>
        <source>rolled back to the workspace of generation %1, applied as generation %2</source>
        <translation>已回滚到第 %1 代的工作区，并作为第 %2 代应用</translation>
    </message>
    <message>
        <source>cannot read the configuration %1: %2</source>
        <translation>无法读取配置 %1：%2</translation>
    </message>
    <message>
        <source>expected &apos;key = value&apos;, got &apos;%1&apos;</source>
        <translation>应为“key = value”，收到的是“%1”</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos;</source>
        <translation>未知的键“%1”</translation>
    </message>
    <message>
        <source> (did you mean &apos;%1&apos;?)</source>
        <translation>（您是指“%1”吗？）</translation>
    </message>
    <message>
        <source>; keys: %1</source>
        <translation>；可用的键：%1</translation>
    </message>
    <message>
        <source>dataplane must be iptables or nft, got &apos;%1&apos;</source>
        <translation>dataplane 必须是 iptables 或 nft，收到的是“%1”</translation>
    </message>
    <message>
        <source>max-request-bytes must be a number of bytes, at least 1024, got &apos;%1&apos;</source>
        <translation>max-request-bytes 必须是字节数，至少为 1024，收到的是“%1”</translation>
    </message>
    <message>
        <source>nft&apos;s listing of table %1 is not JSON (%2)</source>
        <translation>nft 列出的表 %1 不是 JSON（%2）</translation>
    </message>
    <message>
        <source>chain %1 is missing</source>
        <translation>链 %1 缺失</translation>
    </message>
    <message>
        <source>chain %1 hooks &quot;%2&quot;, expected &quot;%3&quot;</source>
        <translation>链 %1 挂载在“%2”，应为“%3”</translation>
    </message>
    <message>
        <source>chain %1 is there but was not written</source>
        <translation>链 %1 存在，但并未写入</translation>
    </message>
    <message>
        <source>set %1 is missing</source>
        <translation>集合 %1 缺失</translation>
    </message>
    <message>
        <source>set %1 holds %2 elements, %3 were written</source>
        <translation>集合 %1 含 %2 个元素，写入的是 %3 个</translation>
    </message>
    <message>
        <source>set %1 is there but was not written</source>
        <translation>集合 %1 存在，但并未写入</translation>
    </message>
    <message>
        <source>rule %1 of chain %2 is &quot;%3&quot;, expected &quot;%4&quot;</source>
        <translation>链 %2 的规则 %1 为“%3”，应为“%4”</translation>
    </message>
    <message>
        <source>the nft rendering defines no table; nothing was changed</source>
        <translation>nft 渲染结果未定义任何表；未做任何更改</translation>
    </message>
    <message>
        <source>table %1 could not be read (%2); nothing was changed</source>
        <translation>无法读取表 %1（%2）；未做任何更改</translation>
    </message>
    <message>
        <source>nft refused the batch (%1); the previous ruleset is unchanged</source>
        <translation>nft 拒绝了该批处理（%1）；之前的规则集保持不变</translation>
    </message>
    <message>
        <source>after writing, table %1 does not hold the rendered rules (%2)</source>
        <translation>写入后，表 %1 中不是渲染出的规则（%2）</translation>
    </message>
    <message>
        <source>after writing, the IPv6 %1 table does not hold the rendered rules (%2)</source>
        <translation>写入后，IPv6 %1 表中没有渲染出的规则（%2）</translation>
    </message>
</context>
<context>
    <name>PolicyCompiler</name>
    <message>
        <source>does not parse</source>
        <translation>无法解析</translation>
    </message>
    <message>
        <source>is no valid port (0-65535, min:max with min &lt;= max, or a name)</source>
        <translation>不是有效端口（0-65535、min &lt;= max 的 min:max，或名称）</translation>
    </message>
    <message>
        <source>is no valid ICMP match (type and code 0-255, a code needs a type)</source>
        <translation>不是有效的 ICMP 匹配（类型和代码为 0-255，指定代码时需要类型）</translation>
    </message>
    <message>
        <source>is neither a CIDR nor an address</source>
        <translation>既不是 CIDR 也不是地址</translation>
    </message>
</context>
<context>
    <name>Port</name>
    <message>
        <source>port %1 is out of range (0-65535)</source>
        <translation>端口 %1 超出范围（0-65535）</translation>
    </message>
    <message>
        <source>port range %1 is out of range (0-65535)</source>
        <translation>端口范围 %1 超出范围（0-65535）</translation>
    </message>
    <message>
        <source>port range %1 has its minimum above its maximum</source>
        <translation>端口范围 %1 的最小值大于最大值</translation>
    </message>
    <message>
        <source>invalid port &quot;%1&quot;: expected a number, a range min:max or a port name</source>
        <translation>无效的端口“%1”：应为数字、范围 min:max 或端口名</translation>
    </message>
    <message>
        <source>a port name must be 1 to 15 characters long</source>
        <translation>端口名必须为 1 到 15 个字符</translation>
    </message>
    <message>
        <source>a port name may contain only lower-case letters, digits and &apos;-&apos;</source>
        <translation>端口名只能包含小写字母、数字和“-”</translation>
    </message>
    <message>
        <source>a port name must contain at least one letter</source>
        <translation>端口名必须至少包含一个字母</translation>
    </message>
    <message>
        <source>a port name must not begin or end with &apos;-&apos;</source>
        <translation>端口名不能以“-”开头或结尾</translation>
    </message>
    <message>
        <source>a port name must not contain &quot;--&quot;</source>
        <translation>端口名不能包含“--”</translation>
    </message>
</context>
<context>
    <name>Protocol</name>
    <message>
        <source>unknown protocol %1 (expected %2 or 1-255)</source>
        <translation>未知协议 %1（应为 %2 或 1-255）</translation>
    </message>
</context>
<context>
    <name>PushPlanText</name>
    <message>
        <source>  %1 unchanged
</source>
        <translation>  %1 未更改
</translation>
    </message>
    <message>
        <source>  kept %1: not in the workspace (--prune deletes it)
</source>
        <translation>  保留 %1：不在工作区中（--prune 会删除它）
</translation>
    </message>
    <message>
        <source>  skipped %1
</source>
        <translation>  跳过 %1
</translation>
    </message>
    <message>
        <source>what changes:
</source>
        <translation>将改变的内容：
</translation>
    </message>
</context>
<context>
    <name>PushReport</name>
    <message>
        <source>%1 added, %2 removed, %3 changed</source>
        <translation>%1 个已添加，%2 个已移除，%3 个已更改</translation>
    </message>
    <message>
        <source>plan for node %1 at %2 (generation %3):
</source>
        <translation>节点 %1（%2，第 %3 代）的计划：
</translation>
    </message>
    <message>
        <source>  kernel: chains %1; IP sets %2; hook rules %3; %4 rules, %5 IP sets for %6 local endpoints after
</source>
        <translation>  内核：链 %1；IP 集合 %2；挂钩规则 %3；之后将有 %4 条规则、%5 个 IP 集合，用于 %6 个本地端点
</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>已更改</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>未更改</translation>
    </message>
    <message>
        <source>  warning: %1
</source>
        <translation>  警告：%1
</translation>
    </message>
    <message>
        <source>dry run: nothing was applied
</source>
        <translation>试运行：未应用任何内容
</translation>
    </message>
    <message>
        <source>applied %1 %2 %3
</source>
        <translation>已应用 %1 %2 %3
</translation>
    </message>
    <message>
        <source>applied: node %1 is at generation %2 (%3 rules, %4 IP sets, %5 ms in the kernel)
</source>
        <translation>已应用：节点 %1 处于第 %2 代（%3 条规则、%4 个 IP 集合，内核中用时 %5 毫秒）
</translation>
    </message>
    <message>
        <source>failed: %1
</source>
        <translation>失败：%1
</translation>
    </message>
    <message>
        <source>nothing was applied: node %1 is left as it was (generation %2)
</source>
        <translation>未应用任何内容：节点 %1 保持原样（第 %2 代）
</translation>
    </message>
    <message>
        <source>nothing was applied: node %1 is left as it was
</source>
        <translation>未应用任何内容：节点 %1 保持原样
</translation>
    </message>
    <message>
        <source>%1: %2 rules, %3 IP sets</source>
        <translation>%1：%2 条规则，%3 个 IP 集合</translation>
    </message>
    <message>
        <source>%1: not programmed (FelixConfiguration ipv6Support is false)</source>
        <translation>%1：未编写（FelixConfiguration 的 ipv6Support 为 false）</translation>
    </message>
</context>
<context>
    <name>ResourceFolderWriter</name>
    <message>
        <source>%1 is not empty: pull into a new or empty folder</source>
        <translation>%1 不为空：请拉取到新的或空的文件夹</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>%1 would be written twice: two resources of one kind share the name %2</source>
        <translation>%1 会被写入两次：同一类型的两个资源同名 %2</translation>
    </message>
</context>
<context>
    <name>ResourcePatcher</name>
    <message>
        <source>the path does not exist</source>
        <translation>路径不存在</translation>
    </message>
    <message>
        <source>the whole resource cannot be removed</source>
        <translation>不能移除整个资源</translation>
    </message>
    <message>
        <source>a JSON patch is an array of operations</source>
        <translation>JSON patch 是一个操作数组</translation>
    </message>
    <message>
        <source>patch operation %1 (%2 %3): %4</source>
        <translation>patch 操作 %1（%2 %3）：%4</translation>
    </message>
    <message>
        <source>an operation is an object with &quot;op&quot; and &quot;path&quot;</source>
        <translation>操作是包含 &quot;op&quot; 和 &quot;path&quot; 的对象</translation>
    </message>
    <message>
        <source>the path is not a JSON pointer (it starts with /)</source>
        <translation>路径不是 JSON 指针（应以 / 开头）</translation>
    </message>
    <message>
        <source>&quot;value&quot; is missing</source>
        <translation>缺少 &quot;value&quot;</translation>
    </message>
    <message>
        <source>&quot;from&quot; is missing or not a JSON pointer</source>
        <translation>缺少 &quot;from&quot; 或它不是 JSON 指针</translation>
    </message>
    <message>
        <source>a value cannot be moved into itself</source>
        <translation>值不能移动到其自身内部</translation>
    </message>
    <message>
        <source>&quot;from&quot; %1: %2</source>
        <translation>&quot;from&quot; %1：%2</translation>
    </message>
    <message>
        <source>test failed: %1</source>
        <translation>test 失败：%1</translation>
    </message>
    <message>
        <source>test failed: the value is %1, not %2</source>
        <translation>test 失败：值是 %1，而不是 %2</translation>
    </message>
    <message>
        <source>unknown operation (add, remove, replace, move, copy or test)</source>
        <translation>未知操作（应为 add、remove、replace、move、copy 或 test）</translation>
    </message>
    <message>
        <source>the patch is not valid JSON: %1 (line %2, column %3)</source>
        <translation>patch 不是有效的 JSON：%1（第 %2 行，第 %3 列）</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;</source>
        <translation>未知类型 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>; did you mean &quot;%1&quot;?</source>
        <translation>；您是指 &quot;%1&quot; 吗？</translation>
    </message>
    <message>
        <source>no %1 named &quot;%2&quot; in the workspace</source>
        <translation>工作区中没有名为 &quot;%2&quot; 的 %1</translation>
    </message>
    <message>
        <source>no %1 named &quot;%2&quot; in namespace &quot;%3&quot;</source>
        <translation>命名空间 &quot;%3&quot; 中没有名为 &quot;%2&quot; 的 %1</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is in several namespaces (%3); choose one with --namespace</source>
        <translation>%1 &quot;%2&quot; 存在于多个命名空间（%3）中；请用 --namespace 选择一个</translation>
    </message>
    <message>
        <source>the patched %1 is not a JSON object</source>
        <translation>打补丁后的 %1 不是 JSON 对象</translation>
    </message>
    <message>
        <source>it is no longer a %1</source>
        <translation>它不再是 %1</translation>
    </message>
    <message>
        <source>the patched %1 is not valid: %2</source>
        <translation>打补丁后的 %1 无效：%2</translation>
    </message>
    <message>
        <source>the patch changes the kind of %1; patches keep the kind</source>
        <translation>该 patch 改变了 %1 的类型；patch 必须保持类型不变</translation>
    </message>
    <message>
        <source>the patched %1 sets fields that Policy Studio does not model (%2); edit the file itself</source>
        <translation>打补丁后的 %1 设置了 Policy Studio 未建模的字段（%2）；请直接编辑文件</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>cannot create %1</source>
        <translation>无法创建 %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>Selector</name>
    <message>
        <source>unexpected %1 after the end of the expression</source>
        <translation>表达式结束后出现意外的 %1</translation>
    </message>
    <message>
        <source>end of selector</source>
        <translation>选择器结尾</translation>
    </message>
    <message>
        <source>expression nested more than %1 levels deep</source>
        <translation>表达式嵌套超过 %1 层</translation>
    </message>
    <message>
        <source>parentheses nested more than %1 levels deep</source>
        <translation>括号嵌套超过 %1 层</translation>
    </message>
    <message>
        <source>expected ) but found %1</source>
        <translation>应为 )，但找到 %1</translation>
    </message>
    <message>
        <source>unexpected end of selector, expected an expression</source>
        <translation>选择器意外结束，应为表达式</translation>
    </message>
    <message>
        <source>unexpected %1, expected an expression</source>
        <translation>意外的 %1，应为表达式</translation>
    </message>
    <message>
        <source>expected an operator (==, !=, in, not in, contains, starts with, ends with) after label &quot;%1&quot; but found %2</source>
        <translation>标签“%1”之后应为运算符（==、!=、in、not in、contains、starts with、ends with），但找到 %2</translation>
    </message>
    <message>
        <source>expected a quoted string after %1 but found %2</source>
        <translation>%1 之后应为带引号的字符串，但找到 %2</translation>
    </message>
    <message>
        <source>expected a set literal {...} after %1 but found %2</source>
        <translation>%1 之后应为集合字面量 {...}，但找到 %2</translation>
    </message>
    <message>
        <source>expected , or } in set literal but found %1</source>
        <translation>集合字面量中应为 , 或 }，但找到 %1</translation>
    </message>
    <message>
        <source>expected a quoted string or } in set literal but found %1</source>
        <translation>集合字面量中应为带引号的字符串或 }，但找到 %1</translation>
    </message>
    <message>
        <source>line break in selector (only spaces and tabs may separate its parts)</source>
        <translation>选择器中有换行（各部分之间只能用空格和制表符分隔）</translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos;</source>
        <translation>意外的字符“%1”</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>字符串未结束</translation>
    </message>
    <message>
        <source>expected == (a single = is not an operator)</source>
        <translation>应为 ==（单个 = 不是运算符）</translation>
    </message>
    <message>
        <source>expected &amp;&amp;</source>
        <translation>应为 &amp;&amp;</translation>
    </message>
    <message>
        <source>expected ||</source>
        <translation>应为 ||</translation>
    </message>
    <message>
        <source>expected an operator after label &quot;%1&quot;</source>
        <translation>标签“%1”之后应为运算符</translation>
    </message>
    <message>
        <source>expected a label name in has(</source>
        <translation>has( 中应为标签名</translation>
    </message>
    <message>
        <source>label too long (%1 characters, at most %2)</source>
        <translation>标签过长（%1 个字符，最多 %2 个）</translation>
    </message>
    <message>
        <source>no closing &apos;)&apos; after has(</source>
        <translation>has( 之后缺少右括号“)”</translation>
    </message>
    <message>
        <source>no closing &apos;)&apos; after all(</source>
        <translation>all( 之后缺少右括号“)”</translation>
    </message>
    <message>
        <source>no closing &apos;)&apos; after global(</source>
        <translation>global( 之后缺少右括号“)”</translation>
    </message>
</context>
<context>
    <name>SelectorReport</name>
    <message>
        <source>canonical: %1</source>
        <translation>规范形式：%1</translation>
    </message>
    <message>
        <source>id:        %1</source>
        <translation>标识：    %1</translation>
    </message>
    <message>
        <source>ipset:     %1</source>
        <translation>IP 集：   %1</translation>
    </message>
    <message>
        <source>matches:   %1</source>
        <translation>匹配：    %1</translation>
    </message>
    <message>
        <source>(at character %1 of the selector)</source>
        <translation>（位于选择器的第 %1 个字符）</translation>
    </message>
</context>
<context>
    <name>Trace</name>
    <message>
        <source>allow</source>
        <translation>允许</translation>
    </message>
    <message>
        <source>deny</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>pass (to the next tier)</source>
        <translation>传递（到下一层级）</translation>
    </message>
    <message>
        <source>log (and go on)</source>
        <translation>记录日志（并继续）</translation>
    </message>
    <message>
        <source>end of tier: deny</source>
        <translation>层级结束：拒绝</translation>
    </message>
    <message>
        <source>end of tier: pass (to the next tier)</source>
        <translation>层级结束：传递（到下一层级）</translation>
    </message>
    <message>
        <source>staged: would allow (not enforced)</source>
        <translation>暂存：将会允许（不生效）</translation>
    </message>
    <message>
        <source>staged: would deny (not enforced)</source>
        <translation>暂存：将会拒绝（不生效）</translation>
    </message>
    <message>
        <source>staged: would pass (not enforced)</source>
        <translation>暂存：将会传递（不生效）</translation>
    </message>
    <message>
        <source>staged: no rule would match (not enforced)</source>
        <translation>暂存：没有规则会匹配（不生效）</translation>
    </message>
    <message>
        <source>deny (nothing allowed the flow)</source>
        <translation>拒绝（没有规则允许该流量）</translation>
    </message>
    <message>
        <source>not evaluated</source>
        <translation>未评估</translation>
    </message>
    <message>
        <source>policy %1: its selector does not parse (%2); it selects nothing</source>
        <translation>策略 %1：其选择器无法解析（%2）；它不选择任何对象</translation>
    </message>
    <message>
        <source>policy %1 rule %2: a selector does not parse (%3); it matches nothing</source>
        <translation>策略 %1 规则 %2：有选择器无法解析（%3）；它不匹配任何对象</translation>
    </message>
    <message>
        <source>unknown endpoint %1 (expected namespace/name, hep:name or an IP address)</source>
        <translation>未知端点 %1（应为 命名空间/名称、hep:名称 或 IP 地址）</translation>
    </message>
    <message>
        <source>%1 has no IPv%2 address</source>
        <translation>%1 没有 IPv%2 地址</translation>
    </message>
    <message>
        <source>%1 and %2 are of different IP families</source>
        <translation>%1 和 %2 属于不同的 IP 协议族</translation>
    </message>
    <message>
        <source>the rule&apos;s action is not valid</source>
        <translation>规则的动作无效</translation>
    </message>
    <message>
        <source>the rule&apos;s protocol is not valid</source>
        <translation>规则的协议无效</translation>
    </message>
    <message>
        <source>the rule only matches IPv%1 packets</source>
        <translation>该规则只匹配 IPv%1 数据包</translation>
    </message>
    <message>
        <source>the rule&apos;s %1 are all IPv%2, so it never matches IPv%3 packets</source>
        <translation>规则的 %1 都是 IPv%2，因此永远不会匹配 IPv%3 数据包</translation>
    </message>
    <message>
        <source>the rule&apos;s %1 exclude every IPv%2 address</source>
        <translation>规则的 %1 排除了所有 IPv%2 地址</translation>
    </message>
    <message>
        <source>protocol %1 is not %2</source>
        <translation>协议 %1 不是 %2</translation>
    </message>
    <message>
        <source>protocol %1 is excluded</source>
        <translation>协议 %1 被排除</translation>
    </message>
    <message>
        <source>ICMP type %1 is not %2</source>
        <translation>ICMP 类型 %1 不是 %2</translation>
    </message>
    <message>
        <source>the rule needs ICMP type %1 and the flow gives none</source>
        <translation>该规则需要 ICMP 类型 %1，而流量未提供</translation>
    </message>
    <message>
        <source>ICMP code %1 is not %2</source>
        <translation>ICMP 代码 %1 不是 %2</translation>
    </message>
    <message>
        <source>the rule needs ICMP code %1 and the flow gives none</source>
        <translation>该规则需要 ICMP 代码 %1，而流量未提供</translation>
    </message>
    <message>
        <source>ICMP type %1 is excluded</source>
        <translation>ICMP 类型 %1 被排除</translation>
    </message>
    <message>
        <source>source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>destination</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>%1 %2 has no address, so it is not in %3</source>
        <translation>%1 %2 没有地址，因此不在 %3 中</translation>
    </message>
    <message>
        <source>%1 %2 is not in %3</source>
        <translation>%1 %2 不在 %3 中</translation>
    </message>
    <message>
        <source>%1 %2 has no address, so the rule cannot tell it is outside %3</source>
        <translation>%1 %2 没有地址，因此规则无法判断它在 %3 之外</translation>
    </message>
    <message>
        <source>%1 %2 is in the excluded net %3</source>
        <translation>%1 %2 位于被排除的网络 %3 中</translation>
    </message>
    <message>
        <source>the rule&apos;s %1 selector does not parse</source>
        <translation>规则的%1选择器无法解析</translation>
    </message>
    <message>
        <source>%1 %2 is outside the inventory, so it matches no selector</source>
        <translation>%1 %2 不在清单中，因此不匹配任何选择器</translation>
    </message>
    <message>
        <source>%1 %2 matches the excluded selector %3</source>
        <translation>%1 %2 匹配被排除的选择器 %3</translation>
    </message>
    <message>
        <source>the rule needs a source port in %1 and the flow gives none</source>
        <translation>该规则需要 %1 中的源端口，而流量未提供</translation>
    </message>
    <message>
        <source>the rule needs a port in %1 and the flow gives none</source>
        <translation>该规则需要 %1 中的端口，而流量未提供</translation>
    </message>
    <message>
        <source>source port %1 not in %2</source>
        <translation>源端口 %1 不在 %2 中</translation>
    </message>
    <message>
        <source>port %1 not in %2</source>
        <translation>端口 %1 不在 %2 中</translation>
    </message>
    <message>
        <source>source port %1 is in the excluded ports %2</source>
        <translation>源端口 %1 位于被排除的端口 %2 中</translation>
    </message>
    <message>
        <source>port %1 is in the excluded ports %2</source>
        <translation>端口 %1 位于被排除的端口 %2 中</translation>
    </message>
    <message>
        <source>service %1 is not in the inventory</source>
        <translation>服务 %1 不在清单中</translation>
    </message>
    <message>
        <source>source %1 is not an endpoint of service %2</source>
        <translation>来源 %1 不是服务 %2 的端点</translation>
    </message>
    <message>
        <source>destination %1 %2 port %3 is not an endpoint of service %4</source>
        <translation>目标 %1 %2 端口 %3 不是服务 %4 的端点</translation>
    </message>
    <message>
        <source> (its HTTP match is ignored, as Calico&apos;s iptables dataplane does: L7 needs application layer policy)</source>
        <translation>（其 HTTP 匹配被忽略，与 Calico 的 iptables 数据平面一致：第 7 层需要应用层策略）</translation>
    </message>
    <message>
        <source> (services without a namespace are taken from the policy&apos;s namespace, as the API documents; Calico&apos;s own conversion may not match them)</source>
        <translation>（未指定命名空间的服务按 API 文档取策略所在的命名空间；Calico 自身的转换可能不匹配它们）</translation>
    </message>
    <message>
        <source>ingress</source>
        <translation>入站</translation>
    </message>
    <message>
        <source>egress</source>
        <translation>出站</translation>
    </message>
    <message>
        <source>rule %1 of %2: %3</source>
        <translation>%2 的规则 %1：%3</translation>
    </message>
    <message>
        <source>rule %1: %2</source>
        <translation>规则 %1：%2</translation>
    </message>
    <message>
        <source>staged policy: rule %1 would %2 the flow; staged policies are never enforced</source>
        <translation>暂存策略：规则 %1 将会%2该流量；暂存策略永远不会生效</translation>
    </message>
    <message>
        <source>staged policy selects %1 and has no %2 rule, so it would end the tier; staged policies are never enforced</source>
        <translation>暂存策略选择了 %1 且没有%2规则，因此它将结束该层级；暂存策略永远不会生效</translation>
    </message>
    <message>
        <source>staged policy selects %1 but none of its %2 rules would match; staged policies are never enforced</source>
        <translation>暂存策略选择了 %1，但它的%2规则都不会匹配；暂存策略永远不会生效</translation>
    </message>
    <message>
        <source>rule %1 logs the packet; evaluation continues with the next rule</source>
        <translation>规则 %1 记录该数据包；评估继续进行下一条规则</translation>
    </message>
    <message>
        <source>rule %1 passes the flow to the next tier</source>
        <translation>规则 %1 将该流量传递到下一层级</translation>
    </message>
    <message>
        <source>rule %1 allows the flow</source>
        <translation>规则 %1 允许该流量</translation>
    </message>
    <message>
        <source>rule %1 denies the flow</source>
        <translation>规则 %1 拒绝该流量</translation>
    </message>
    <message>
        <source>no %1 rule of tier %2 matched; the tier&apos;s default action is Pass, so evaluation continues</source>
        <translation>层级 %2 中没有%1规则匹配；该层级的默认动作为 Pass，因此评估继续</translation>
    </message>
    <message>
        <source>policy selects %1 and has no %2 rule, so the tier denies the flow</source>
        <translation>策略选择了 %1 且没有%2规则，因此该层级拒绝该流量</translation>
    </message>
    <message>
        <source>policy selects %1 but no %2 rule matched: %3</source>
        <translation>策略选择了 %1，但没有%2规则匹配：%3</translation>
    </message>
    <message>
        <source>policies %1 of tier %2 select %3 and none has a %4 rule, so the tier denies the flow</source>
        <translation>层级 %2 的策略 %1 选择了 %3，且都没有%4规则，因此该层级拒绝该流量</translation>
    </message>
    <message>
        <source>policies %1 of tier %2 select %3 but no %4 rule matched; nearest is %5</source>
        <translation>层级 %2 的策略 %1 选择了 %3，但没有%4规则匹配；最接近的是 %5</translation>
    </message>
    <message>
        <source>policies %1 of tier %2 select %3 but no %4 rule matched; nearest are %5</source>
        <translation>层级 %2 的策略 %1 选择了 %3，但没有%4规则匹配；最接近的是 %5</translation>
    </message>
    <message>
        <source>every applicable tier passed</source>
        <translation>所有适用的层级都已传递</translation>
    </message>
    <message>
        <source>no policy applies to %1 for %2</source>
        <translation>没有策略在%2方向适用于 %1</translation>
    </message>
    <message>
        <source>rule %1 passes: the iptables dataplane ends this profile and continues with the next</source>
        <translation>规则 %1 传递：iptables 数据平面结束此配置文件并继续下一个</translation>
    </message>
    <message>
        <source>%1; profile %2 rule %3 allows the flow</source>
        <translation>%1；配置文件 %2 的规则 %3 允许该流量</translation>
    </message>
    <message>
        <source>%1; profile %2 rule %3 denies the flow</source>
        <translation>%1；配置文件 %2 的规则 %3 拒绝该流量</translation>
    </message>
    <message>
        <source>%1 and %2 has no profile, so the flow is denied</source>
        <translation>%1，且 %2 没有配置文件，因此该流量被拒绝</translation>
    </message>
    <message>
        <source>%1 and no rule of the profiles %2 allowed the flow, so it is denied</source>
        <translation>%1，且配置文件 %2 中没有规则允许该流量，因此它被拒绝</translation>
    </message>
    <message>
        <source>%1 is outside the inventory: no Calico policy applies on this side</source>
        <translation>%1 不在清单中：这一侧不适用任何 Calico 策略</translation>
    </message>
    <message>
        <source>tier %1</source>
        <translation>层级 %1</translation>
    </message>
    <message>
        <source>rule %1</source>
        <translation>规则 %1</translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation>%1 位于 %2：%3</translation>
    </message>
    <message>
        <source> port %1</source>
        <translation> 端口 %1</translation>
    </message>
    <message>
        <source> from port %1</source>
        <translation> 源端口 %1</translation>
    </message>
    <message>
        <source> type %1</source>
        <translation> 类型 %1</translation>
    </message>
    <message>
        <source> code %1</source>
        <translation> 代码 %1</translation>
    </message>
    <message>
        <source>error:   %1</source>
        <translation>错误：  %1</translation>
    </message>
    <message>
        <source>flow:    %1</source>
        <translation>流：    %1</translation>
    </message>
    <message>
        <source>verdict: %1</source>
        <translation>判定：  %1</translation>
    </message>
    <message>
        <source>via %1 is not a host endpoint (expected hep:name): only host endpoints see forwarded traffic</source>
        <translation>经由的 %1 不是主机端点（应为 hep:名称）：只有主机端点能看到转发流量</translation>
    </message>
    <message>
        <source>; the packet is left untracked (no connection tracking) and skips the pre-DNAT, normal and forward stages of this host endpoint. Replies are not allowed automatically: they need their own untracked allow rule</source>
        <translation>；数据包不被跟踪（无连接跟踪），并跳过此主机端点的 DNAT 前、常规和转发阶段。回复不会被自动允许：需要单独的不跟踪允许规则</translation>
    </message>
    <message>
        <source>; a pre-DNAT allow accepts the packet and skips the normal and forward policy of this host endpoint</source>
        <translation>；DNAT 前允许规则接受该数据包，并跳过此主机端点的常规和转发策略</translation>
    </message>
    <message>
        <source>%1 port %2 is a failsafe inbound host port (Felix FailsafeInboundHostPorts): Felix accepts it before any host endpoint policy</source>
        <translation>%1 端口 %2 是故障保护入站主机端口（Felix FailsafeInboundHostPorts）：Felix 在任何主机端点策略之前接受它</translation>
    </message>
    <message>
        <source>%1 port %2 is a failsafe outbound host port (Felix FailsafeOutboundHostPorts): Felix accepts it before any host endpoint policy</source>
        <translation>%1 端口 %2 是故障保护出站主机端口（Felix FailsafeOutboundHostPorts）：Felix 在任何主机端点策略之前接受它</translation>
    </message>
    <message>
        <source>%1 port %2 is a failsafe inbound host port: the raw and mangle tables accept it before the untracked and pre-DNAT policies, but forwarded traffic still meets the applyOnForward policy</source>
        <translation>%1 端口 %2 是故障保护入站主机端口：raw 和 mangle 表在不跟踪策略和 DNAT 前策略之前接受它，但转发流量仍会经过 applyOnForward 策略</translation>
    </message>
    <message>
        <source>no %1 rule of tier %2 matched; %3 tiers have no end-of-tier deny, so evaluation continues</source>
        <translation>层级 %2 中没有%1规则匹配；%3层级没有层级结束拒绝，因此继续评估</translation>
    </message>
    <message>
        <source>no %1 rule decided; the next stage decides</source>
        <translation>没有%1规则作出判定；由下一阶段判定</translation>
    </message>
    <message>
        <source>every applyOnForward tier passed; Calico does not drop forwarded traffic no policy decided</source>
        <translation>所有 applyOnForward 层级都已传递；对于没有策略作出判定的转发流量，Calico 不会丢弃</translation>
    </message>
    <message>
        <source>no applyOnForward policy applies to %1 for %2: Calico allows forwarded traffic by default</source>
        <translation>没有 applyOnForward 策略对%2适用于 %1：Calico 默认允许转发流量</translation>
    </message>
    <message>
        <source>stage: %1</source>
        <translation>阶段：%1</translation>
    </message>
    <message>
        <source>no verdict (on to the next stage)</source>
        <translation>无判定（继续下一阶段）</translation>
    </message>
    <message>
        <source>allow (forwarded traffic no policy decided)</source>
        <translation>允许（没有策略作出判定的转发流量）</translation>
    </message>
    <message>
        <source>failsafe ports</source>
        <translation>故障保护端口</translation>
    </message>
    <message>
        <source>untracked policy (before connection tracking)</source>
        <translation>不跟踪策略（在连接跟踪之前）</translation>
    </message>
    <message>
        <source>pre-DNAT policy</source>
        <translation>DNAT 前策略</translation>
    </message>
    <message>
        <source>normal host endpoint policy</source>
        <translation>常规主机端点策略</translation>
    </message>
    <message>
        <source>forwarded traffic (applyOnForward policy)</source>
        <translation>转发流量（applyOnForward 策略）</translation>
    </message>
    <message>
        <source>%1 -&gt; %2 via %3 %4</source>
        <translation>%1 -&gt; %2 经由 %3 %4</translation>
    </message>
    <message>
        <source>forwarded</source>
        <translation>已转发</translation>
    </message>
    <message>
        <source>policy %1</source>
        <translation>策略 %1</translation>
    </message>
    <message>
        <source>profile %1</source>
        <translation>配置文件 %1</translation>
    </message>
    <message>
        <source>source nets</source>
        <translation>来源 nets</translation>
    </message>
    <message>
        <source>destination nets</source>
        <translation>目标 nets</translation>
    </message>
    <message>
        <source>source notNets</source>
        <translation>来源 notNets</translation>
    </message>
    <message>
        <source>destination notNets</source>
        <translation>目标 notNets</translation>
    </message>
    <message>
        <source>%1 %2 rule %3: %4 &quot;%5&quot; %6; the rule matches nothing</source>
        <translation>%1 %2 规则 %3：%4 &quot;%5&quot; %6；该规则不匹配任何流量</translation>
    </message>
    <message>
        <source>the rule&apos;s %1 &quot;%2&quot; %3, so the rule never matches</source>
        <translation>该规则的 %1 &quot;%2&quot; %3，因此该规则永不匹配</translation>
    </message>
    <message>
        <source>allowed for %1</source>
        <translation>%1：允许</translation>
    </message>
    <message>
        <source>denied for %1</source>
        <translation>%1：拒绝</translation>
    </message>
    <message>
        <source>every port</source>
        <translation>所有端口</translation>
    </message>
    <message>
        <source>port %1</source>
        <translation>端口 %1</translation>
    </message>
    <message>
        <source>ports %1</source>
        <translation>端口 %1</translation>
    </message>
    <message>
        <source>every other port</source>
        <translation>其他所有端口</translation>
    </message>
    <message>
        <source>FelixConfiguration %1</source>
        <translation>FelixConfiguration %1</translation>
    </message>
    <message>
        <source>no FelixConfiguration sets it: calico-node&apos;s ACCEPT, as Calico&apos;s installers run it</source>
        <translation>没有 FelixConfiguration 设置它：按 Calico 安装程序运行 calico-node 的方式取 ACCEPT</translation>
    </message>
    <message>
        <source>Felix accepts it</source>
        <translation>Felix 接受它</translation>
    </message>
    <message>
        <source>Felix returns it to the host&apos;s INPUT chain, whose own rules decide (Calico allows it)</source>
        <translation>Felix 将其交回主机的 INPUT 链，由其自身规则决定（Calico 放行）</translation>
    </message>
    <message>
        <source>Felix drops it</source>
        <translation>Felix 丢弃它</translation>
    </message>
    <message>
        <source>%1 is the workload&apos;s own host: after the workload&apos;s egress policy, defaultEndpointToHostAction %2 (%3) decides and %4; host endpoint policy does not apply</source>
        <translation>%1 是该工作负载自己的主机：在工作负载的出站策略之后，由 defaultEndpointToHostAction %2（%3）决定，%4；主机端点策略不适用</translation>
    </message>
    <message>
        <source>policy %1 is doNotTrack but host endpoint %2 has interfaceName &quot;*&quot;: Felix ignores untracked policy on an all-interfaces host endpoint</source>
        <translation>策略 %1 是 doNotTrack，但主机端点 %2 的 interfaceName 为 &quot;*&quot;：Felix 会忽略所有接口主机端点上的不跟踪策略</translation>
    </message>
    <message>
        <source>workload to host (filter INPUT)</source>
        <translation>工作负载到主机（filter INPUT）</translation>
    </message>
    <message>
        <source>; a pre-DNAT allow only marks the packet here: the workload&apos;s egress policy and defaultEndpointToHostAction still decide</source>
        <translation>；pre-DNAT 允许在这里只标记数据包：仍由工作负载的出站策略和 defaultEndpointToHostAction 决定</translation>
    </message>
    <message>
        <source>%1 port %2 is a failsafe inbound host port: the mangle table accepts it before the pre-DNAT policy, and the workload&apos;s egress policy and defaultEndpointToHostAction still decide</source>
        <translation>%1 端口 %2 是故障保护入站主机端口：mangle 表在 pre-DNAT 策略之前接受它，仍由工作负载的出站策略和 defaultEndpointToHostAction 决定</translation>
    </message>
    <message>
        <source>%1 is the workload&apos;s own host: after the pre-DNAT stage of the node&apos;s all-interfaces host endpoint and the workload&apos;s egress policy, defaultEndpointToHostAction %2 (%3) decides and %4; the host endpoint&apos;s normal policy does not apply</source>
        <translation>%1 是该工作负载自己的主机：在节点的全接口主机端点的 pre-DNAT 阶段和工作负载的出站策略之后，由 defaultEndpointToHostAction %2（%3）决定，%4；主机端点的普通策略不适用</translation>
    </message>
    <message>
        <source>%1 sends to its own address: the packet stays inside the pod (the kernel delivers it over the pod&apos;s loopback) and no policy sees it</source>
        <translation>%1 发往自己的地址：数据包留在 Pod 内（内核经由 Pod 的回环接口投递），任何策略都看不到它</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>%1: %2 error(s), %3 warning(s) in %4 file(s), %5 resource(s)</source>
        <translation>%1：%4 个文件、%5 个资源中有 %2 个错误、%3 个警告</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>无效</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>通过</translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message>
        <source>%1 &quot;%2&quot; is defined more than once; the first definition is at %3</source>
        <translation>%1“%2”被定义了多次；第一次定义位于 %3</translation>
    </message>
    <message>
        <source>invalid container port name &quot;%1&quot;: %2</source>
        <translation>无效的容器端口名“%1”：%2</translation>
    </message>
    <message>
        <source>container port %1 is out of range: expected 1-65535</source>
        <translation>容器端口 %1 超出范围：应为 1-65535</translation>
    </message>
    <message>
        <source>invalid container port protocol &quot;%1&quot;: expected TCP, UDP or SCTP</source>
        <translation>无效的容器端口协议“%1”：应为 TCP、UDP 或 SCTP</translation>
    </message>
    <message>
        <source>invalid protocol &quot;%1&quot;: expected TCP, UDP or SCTP (case-sensitive)</source>
        <translation>无效的协议“%1”：应为 TCP、UDP 或 SCTP（区分大小写）</translation>
    </message>
    <message>
        <source>port %1 is out of range: expected 1-65535</source>
        <translation>端口 %1 超出范围：应为 1-65535</translation>
    </message>
    <message>
        <source>invalid port name &quot;%1&quot;: %2</source>
        <translation>无效的端口名“%1”：%2</translation>
    </message>
    <message>
        <source>endPort needs a numeric port</source>
        <translation>endPort 需要数字端口</translation>
    </message>
    <message>
        <source>endPort cannot be used with the named port &quot;%1&quot;: it needs a numeric port (Calico drops this rule)</source>
        <translation>endPort 不能与命名端口“%1”一起使用：它需要数字端口（Calico 会丢弃此规则）</translation>
    </message>
    <message>
        <source>endPort %1 is below port %2: endPort must be greater than or equal to port</source>
        <translation>endPort %1 小于端口 %2：endPort 必须大于或等于 port</translation>
    </message>
    <message>
        <source>endPort %1 is out of range: expected 1-65535</source>
        <translation>endPort %1 超出范围：应为 1-65535</translation>
    </message>
    <message>
        <source>ipBlock needs a cidr</source>
        <translation>ipBlock 需要 cidr</translation>
    </message>
    <message>
        <source>invalid CIDR &quot;%1&quot;: expected e.g. 10.0.0.0/8 (Calico&apos;s conversion would turn this peer into one that matches every address)</source>
        <translation>无效的 CIDR“%1”：应为类似 10.0.0.0/8 的形式（Calico 的转换会把这个对端变成匹配所有地址的对端）</translation>
    </message>
    <message>
        <source>invalid CIDR &quot;%1&quot; in except</source>
        <translation>except 中的 CIDR“%1”无效</translation>
    </message>
    <message>
        <source>except entry %1 must be a strict subset of the cidr %2</source>
        <translation>except 条目 %1 必须是 cidr %2 的真子集</translation>
    </message>
    <message>
        <source>a peer needs podSelector, namespaceSelector or ipBlock</source>
        <translation>对端需要 podSelector、namespaceSelector 或 ipBlock</translation>
    </message>
    <message>
        <source>ipBlock cannot be combined with podSelector or namespaceSelector in one peer</source>
        <translation>同一个对端中 ipBlock 不能与 podSelector 或 namespaceSelector 同时使用</translation>
    </message>
    <message>
        <source>invalid IP address &quot;%1&quot;</source>
        <translation>无效的 IP 地址“%1”</translation>
    </message>
    <message>
        <source>more than one IPv%1 address: a pod has at most one address per IP family</source>
        <translation>有多个 IPv%1 地址：每个 Pod 在每个 IP 协议族中至多有一个地址</translation>
    </message>
    <message>
        <source>invalid label key %1</source>
        <translation>无效的标签键 %1</translation>
    </message>
    <message>
        <source>invalid operator &quot;%1&quot;: expected In, NotIn, Exists or DoesNotExist</source>
        <translation>无效的运算符“%1”：应为 In、NotIn、Exists 或 DoesNotExist</translation>
    </message>
    <message>
        <source>operator %1 needs at least one value</source>
        <translation>运算符 %1 至少需要一个值</translation>
    </message>
    <message>
        <source>operator %1 takes no values</source>
        <translation>运算符 %1 不接受任何值</translation>
    </message>
    <message>
        <source>invalid stagedAction &quot;%1&quot;: expected Set, Delete, Learn or Ignore</source>
        <translation>无效的 stagedAction“%1”：应为 Set、Delete、Learn 或 Ignore</translation>
    </message>
    <message>
        <source>with stagedAction Delete every other spec field must be empty</source>
        <translation>stagedAction 为 Delete 时，spec 中其他字段都必须为空</translation>
    </message>
    <message>
        <source>invalid policy type &quot;%1&quot;: expected Ingress or Egress (case-sensitive)</source>
        <translation>无效的策略类型“%1”：应为 Ingress 或 Egress（区分大小写）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed more than once in policyTypes</source>
        <translation>“%1”在 policyTypes 中出现了多次</translation>
    </message>
    <message>
        <source>ingress rules are ignored: policyTypes does not include Ingress</source>
        <translation>入站规则被忽略：policyTypes 不包含 Ingress</translation>
    </message>
    <message>
        <source>egress rules are ignored: policyTypes does not include Egress</source>
        <translation>出站规则被忽略：policyTypes 不包含 Egress</translation>
    </message>
    <message>
        <source>invalid clusterIP &quot;%1&quot;: expected an IP address or None</source>
        <translation>无效的 clusterIP“%1”：应为 IP 地址或 None</translation>
    </message>
    <message>
        <source>invalid protocol &quot;%1&quot;: expected TCP, UDP or SCTP</source>
        <translation>无效的协议“%1”：应为 TCP、UDP 或 SCTP</translation>
    </message>
    <message>
        <source>invalid addressType &quot;%1&quot;: expected IPv4, IPv6 or FQDN</source>
        <translation>无效的 addressType“%1”：应为 IPv4、IPv6 或 FQDN</translation>
    </message>
    <message>
        <source>invalid %1 address &quot;%2&quot;</source>
        <translation>无效的 %1 地址“%2”</translation>
    </message>
    <message>
        <source>invalid pod CIDR &quot;%1&quot;</source>
        <translation>无效的 Pod CIDR“%1”</translation>
    </message>
    <message>
        <source>invalid %1 &quot;%2&quot;</source>
        <translation>无效的 %1“%2”</translation>
    </message>
    <message>
        <source>replicas must not be negative (%1)</source>
        <translation>replicas 不能为负数（%1）</translation>
    </message>
    <message>
        <source>label %1: %2</source>
        <translation>标签 %1：%2</translation>
    </message>
    <message>
        <source>invalid annotation key %1</source>
        <translation>无效的注解键 %1</translation>
    </message>
    <message>
        <source>annotations total %1 bytes; keys and values together may not exceed 262144 bytes (256 KiB)</source>
        <translation>注解共 %1 字节；键和值合计不得超过 262144 字节（256 KiB）</translation>
    </message>
    <message>
        <source>a name is required (metadata.name)</source>
        <translation>必须提供名称（metadata.name）</translation>
    </message>
    <message>
        <source> (upper-case letters are not allowed)</source>
        <translation>（不允许使用大写字母）</translation>
    </message>
    <message>
        <source>Tier name &quot;%1&quot; is %2 characters long; the maximum is 63</source>
        <translation>层级名称“%1”长 %2 个字符；最多为 63 个</translation>
    </message>
    <message>
        <source>invalid Tier name &quot;%1&quot;: expected lower-case letters, digits and &apos;-&apos;, starting and ending with a letter or digit, and no &apos;.&apos;%2</source>
        <translation>无效的层级名称“%1”：应由小写字母、数字和“-”组成，以字母或数字开头和结尾，且不含“.”%2</translation>
    </message>
    <message>
        <source>name is %1 characters long; the maximum is 253</source>
        <translation>名称长 %1 个字符；最多为 253 个</translation>
    </message>
    <message>
        <source>invalid %1 name &quot;%2&quot;: expected lower-case letters, digits and &apos;-&apos; with at most one &apos;.&apos; (or a name prefixed with knp.default. or ossg.default.)%3</source>
        <translation>无效的 %1 名称“%2”：应由小写字母、数字和“-”组成，至多含一个“.”（或以 knp.default. 或 ossg.default. 为前缀的名称）%3</translation>
    </message>
    <message>
        <source>invalid %1 name &quot;%2&quot;: expected lower-case letters, digits and &apos;-&apos; with at most one &apos;.&apos;%3</source>
        <translation>无效的 %1 名称“%2”：应由小写字母、数字和“-”组成，至多含一个“.”%3</translation>
    </message>
    <message>
        <source>invalid Service name &quot;%1&quot;: expected at most 63 lower-case letters, digits and &apos;-&apos;, starting with a letter and ending with a letter or digit%2</source>
        <translation>无效的 Service 名称“%1”：应为至多 63 个小写字母、数字和“-”，以字母开头，以字母或数字结尾%2</translation>
    </message>
    <message>
        <source>invalid name &quot;%1&quot;: expected lower-case letters, digits, &apos;-&apos; and &apos;.&apos;, each &apos;.&apos;-separated part starting and ending with a letter or digit%2</source>
        <translation>无效的名称“%1”：应由小写字母、数字、“-”和“.”组成，以“.”分隔的每一部分都以字母或数字开头和结尾%2</translation>
    </message>
    <message>
        <source>invalid namespace &quot;%1&quot;: expected at most 63 lower-case letters, digits and &apos;-&apos;, starting and ending with a letter or digit</source>
        <translation>无效的命名空间“%1”：应为至多 63 个小写字母、数字和“-”，以字母或数字开头和结尾</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is longer than 253 characters</source>
        <translation>%1“%2”超过 253 个字符</translation>
    </message>
    <message>
        <source>invalid %1 &quot;%2&quot;: expected lower-case letters, digits, &apos;-&apos; and &apos;.&apos;, each &apos;.&apos;-separated part starting and ending with a letter or digit</source>
        <translation>无效的 %1“%2”：应由小写字母、数字、“-”和“.”组成，以“.”分隔的每一部分都以字母或数字开头和结尾</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains more than one &apos;/&apos;: a key is an optional DNS subdomain prefix, &apos;/&apos;, and a name</source>
        <translation>“%1”包含多个“/”：键由可选的 DNS 子域前缀、“/”和名称组成</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the prefix before &apos;/&apos; must not be empty</source>
        <translation>“%1”：“/”之前的前缀不能为空</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the prefix before &apos;/&apos; must be at most 253 characters</source>
        <translation>“%1”：“/”之前的前缀最多为 253 个字符</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the prefix &quot;%2&quot; must be a DNS subdomain (lower-case letters, digits, &apos;-&apos; and &apos;.&apos;)</source>
        <translation>“%1”：前缀“%2”必须是 DNS 子域（小写字母、数字、“-”和“.”）</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the name part must not be empty</source>
        <translation>“%1”：名称部分不能为空</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the name part must be at most 63 characters</source>
        <translation>“%1”：名称部分最多为 63 个字符</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the name part must consist of letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;, and start and end with a letter or digit</source>
        <translation>“%1”：名称部分必须由字母、数字、“-”、“_”或“.”组成，并以字母或数字开头和结尾</translation>
    </message>
    <message>
        <source>label value &quot;%1&quot; is longer than 63 characters</source>
        <translation>标签值“%1”超过 63 个字符</translation>
    </message>
    <message>
        <source>invalid label value &quot;%1&quot;: expected letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;, starting and ending with a letter or digit</source>
        <translation>无效的标签值“%1”：应由字母、数字、“-”、“_”或“.”组成，以字母或数字开头和结尾</translation>
    </message>
    <message>
        <source>types lists %1 entries: expected at most 2 (Ingress and Egress)</source>
        <translation>types 列出了 %1 项：至多应为 2 项（Ingress 和 Egress）</translation>
    </message>
    <message>
        <source>invalid policy type &quot;%1&quot;: types are case-sensitive; did you mean &quot;%2&quot;?</source>
        <translation>无效的策略类型“%1”：types 区分大小写；您是指“%2”吗？</translation>
    </message>
    <message>
        <source>invalid policy type &quot;%1&quot;: expected Ingress or Egress</source>
        <translation>无效的策略类型“%1”：应为 Ingress 或 Egress</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed more than once in types</source>
        <translation>“%1”在 types 中出现了多次</translation>
    </message>
    <message>
        <source>%1 is only valid in a GlobalNetworkPolicy</source>
        <translation>%1 只在 GlobalNetworkPolicy 中有效</translation>
    </message>
    <message>
        <source>preDNAT and doNotTrack cannot both be true</source>
        <translation>preDNAT 和 doNotTrack 不能同时为 true</translation>
    </message>
    <message>
        <source>a preDNAT policy cannot have egress rules</source>
        <translation>preDNAT 策略不能有出站规则</translation>
    </message>
    <message>
        <source>a preDNAT policy cannot have the Egress type</source>
        <translation>preDNAT 策略不能有 Egress 类型</translation>
    </message>
    <message>
        <source>applyOnForward must be true when %1 is true</source>
        <translation>当 %1 为 true 时，applyOnForward 必须为 true</translation>
    </message>
    <message>
        <source>invalid performance hint &quot;%1&quot;: the only hint is AssumeNeededOnEveryNode</source>
        <translation>无效的性能提示“%1”：唯一可用的提示是 AssumeNeededOnEveryNode</translation>
    </message>
    <message>
        <source>performance hint &quot;%1&quot; is listed more than once</source>
        <translation>性能提示“%1”出现了多次</translation>
    </message>
    <message>
        <source>ingress rules are ignored: types does not include Ingress</source>
        <translation>入站规则被忽略：types 不包含 Ingress</translation>
    </message>
    <message>
        <source>egress rules are ignored: types does not include Egress</source>
        <translation>出站规则被忽略：types 不包含 Egress</translation>
    </message>
    <message>
        <source>names beginning with &quot;knp.default.&quot; are what Calico up to 3.31 called converted Kubernetes NetworkPolicies; this policy may clash with one</source>
        <translation>以“knp.default.”开头的名称是 Calico 3.31 及更早版本对转换后的 Kubernetes NetworkPolicy 的命名；此策略可能与之冲突</translation>
    </message>
    <message>
        <source>order must be a finite number</source>
        <translation>order 必须是有限数</translation>
    </message>
    <message>
        <source>with stagedAction Delete every spec field except tier must be empty, but %1 is set</source>
        <translation>stagedAction 为 Delete 时，除 tier 外的 spec 字段都必须为空，但设置了 %1</translation>
    </message>
    <message>
        <source>namespaceSelector is only valid in a GlobalNetworkPolicy: a NetworkPolicy applies to its own namespace</source>
        <translation>namespaceSelector 只在 GlobalNetworkPolicy 中有效：NetworkPolicy 只作用于它自己的命名空间</translation>
    </message>
    <message>
        <source>invalid defaultAction &quot;%1&quot;: expected Deny or Pass</source>
        <translation>无效的 defaultAction“%1”：应为 Deny 或 Pass</translation>
    </message>
    <message>
        <source>the built-in tier &quot;%1&quot; must have order %2</source>
        <translation>内置层级“%1”的 order 必须为 %2</translation>
    </message>
    <message>
        <source>the built-in tier &quot;%1&quot; must have defaultAction %2</source>
        <translation>内置层级“%1”的 defaultAction 必须为 %2</translation>
    </message>
    <message>
        <source>the label projectcalico.org/namespace is reserved: Calico sets it itself and it may not be written on a %1</source>
        <translation>标签 projectcalico.org/namespace 是保留标签：由 Calico 自行设置，不能写在 %1 上</translation>
    </message>
    <message>
        <source>invalid network &quot;%1&quot;: expected an IP address or a CIDR such as 10.0.0.0/8</source>
        <translation>无效的网络“%1”：应为 IP 地址或类似 10.0.0.0/8 的 CIDR</translation>
    </message>
    <message>
        <source>a HostEndpoint needs spec.node: the node it belongs to</source>
        <translation>HostEndpoint 需要 spec.node：它所属的节点</translation>
    </message>
    <message>
        <source>node name</source>
        <translation>节点名称</translation>
    </message>
    <message>
        <source>a HostEndpoint needs interfaceName or expectedIPs (or both)</source>
        <translation>HostEndpoint 需要 interfaceName 或 expectedIPs（或两者都有）</translation>
    </message>
    <message>
        <source>invalid interfaceName &quot;%1&quot;: expected &quot;*&quot; or 1-15 letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;</source>
        <translation>无效的 interfaceName“%1”：应为“*”或 1-15 个字母、数字、“_”、“.”或“-”</translation>
    </message>
    <message>
        <source>invalid IP address &quot;%1&quot; in expectedIPs</source>
        <translation>expectedIPs 中的 IP 地址“%1”无效</translation>
    </message>
    <message>
        <source>profile name</source>
        <translation>配置文件名称</translation>
    </message>
    <message>
        <source>a named port needs a name</source>
        <translation>命名端口需要名称</translation>
    </message>
    <message>
        <source>invalid port protocol &quot;%1&quot;: expected TCP, UDP or SCTP (names are case-sensitive)</source>
        <translation>无效的端口协议“%1”：应为 TCP、UDP 或 SCTP（名称区分大小写）</translation>
    </message>
    <message>
        <source>%1 rules in one direction; at most %2 are allowed</source>
        <translation>同一方向上有 %1 条规则；至多允许 %2 条</translation>
    </message>
    <message>
        <source>this rule is never reached: rule %1 above matches every packet and its action %2 ends the evaluation</source>
        <translation>此规则永远不会被执行到：上方的规则 %1 匹配所有数据包，且其动作 %2 会结束评估</translation>
    </message>
    <message>
        <source>invalid ipVersion %1: expected 4 or 6</source>
        <translation>无效的 ipVersion %1：应为 4 或 6</translation>
    </message>
    <message>
        <source>the rule has no action: expected Allow, Deny, Log or Pass</source>
        <translation>规则没有动作：应为 Allow、Deny、Log 或 Pass</translation>
    </message>
    <message>
        <source>invalid action &quot;%1&quot;: actions are case-sensitive; did you mean &quot;%2&quot;?</source>
        <translation>无效的动作“%1”：动作区分大小写；您是指“%2”吗？</translation>
    </message>
    <message>
        <source>invalid action &quot;%1&quot;: expected Allow, Deny, Log or Pass</source>
        <translation>无效的动作“%1”：应为 Allow、Deny、Log 或 Pass</translation>
    </message>
    <message>
        <source>Pass in a profile is ambiguous: iptables and nftables end this profile and continue with the next one, while BPF and the application-layer checker treat it as Deny</source>
        <translation>配置文件中的 Pass 含义不明确：iptables 和 nftables 会结束此配置文件并继续下一个，而 BPF 和应用层检查器会将其视为 Deny</translation>
    </message>
    <message>
        <source>invalid protocol &quot;%1&quot;: protocol names are case-sensitive; did you mean &quot;%2&quot;?</source>
        <translation>无效的协议“%1”：协议名称区分大小写；您是指“%2”吗？</translation>
    </message>
    <message>
        <source>ICMP type %1 is out of range: expected 0-254</source>
        <translation>ICMP 类型 %1 超出范围：应为 0-254</translation>
    </message>
    <message>
        <source>ICMP code %1 is out of range: expected 0-255</source>
        <translation>ICMP 代码 %1 超出范围：应为 0-255</translation>
    </message>
    <message>
        <source>an ICMP code needs an ICMP type: set type as well</source>
        <translation>ICMP 代码需要 ICMP 类型：请同时设置 type</translation>
    </message>
    <message>
        <source>icmp needs protocol ICMP or ICMPv6, but the protocol is %1</source>
        <translation>icmp 需要协议 ICMP 或 ICMPv6，但协议为 %1</translation>
    </message>
    <message>
        <source>icmp needs protocol ICMP or ICMPv6; the rule sets no protocol</source>
        <translation>icmp 需要协议 ICMP 或 ICMPv6；但该规则未设置协议</translation>
    </message>
    <message>
        <source>protocol ICMP is IPv4 only: ipVersion must be 4 or unset</source>
        <translation>协议 ICMP 仅用于 IPv4：ipVersion 必须为 4 或不设置</translation>
    </message>
    <message>
        <source>protocol ICMPv6 is IPv6 only: ipVersion must be 6 or unset</source>
        <translation>协议 ICMPv6 仅用于 IPv6：ipVersion 必须为 6 或不设置</translation>
    </message>
    <message>
        <source>%1 ports listed; at most %2 are allowed</source>
        <translation>列出了 %1 个端口；至多允许 %2 个</translation>
    </message>
    <message>
        <source>protocol %1 does not support ports: a rule that lists ports must use protocol TCP, UDP or SCTP</source>
        <translation>协议 %1 不支持端口：列出端口的规则必须使用 TCP、UDP 或 SCTP 协议</translation>
    </message>
    <message>
        <source>port %1 is invalid: port numbers must be between 1 and 65535</source>
        <translation>端口 %1 无效：端口号必须在 1 到 65535 之间</translation>
    </message>
    <message>
        <source>port range %1 is invalid: the first port must not be above the second</source>
        <translation>端口范围 %1 无效：第一个端口不能大于第二个</translation>
    </message>
    <message>
        <source>numeric port %1 needs the rule to set protocol TCP, UDP or SCTP (only named ports may be used without a protocol)</source>
        <translation>数字端口 %1 要求规则设置 TCP、UDP 或 SCTP 协议（只有命名端口可以不指定协议）</translation>
    </message>
    <message>
        <source>%1 CIDRs listed; at most %2 are allowed</source>
        <translation>列出了 %1 个 CIDR；至多允许 %2 个</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no prefix length: rule nets need a CIDR, e.g. %2</source>
        <translation>“%1”没有前缀长度：规则的 nets 需要 CIDR，例如 %2</translation>
    </message>
    <message>
        <source>invalid CIDR &quot;%1&quot;: expected an address and prefix length such as 10.0.0.0/8 or fd00::/64</source>
        <translation>无效的 CIDR“%1”：应为地址加前缀长度，例如 10.0.0.0/8 或 fd00::/64</translation>
    </message>
    <message>
        <source>CIDR %1 has host bits set: expected the network address %2</source>
        <translation>CIDR %1 设置了主机位：应为网络地址 %2</translation>
    </message>
    <message>
        <source>notNets contains the catch-all %1, so the rule can never match</source>
        <translation>notNets 包含全匹配的 %1，因此该规则永远不会匹配</translation>
    </message>
    <message>
        <source>the rule&apos;s ipVersion is %1 but this list has IPv%2 CIDRs</source>
        <translation>规则的 ipVersion 为 %1，但此列表中有 IPv%2 CIDR</translation>
    </message>
    <message>
        <source>the rule mixes IPv4 and IPv6 CIDRs: all nets and notNets of one rule must be of the same IP family</source>
        <translation>规则混用了 IPv4 和 IPv6 CIDR：同一规则的所有 nets 和 notNets 必须属于同一 IP 协议族</translation>
    </message>
    <message>
        <source>protocol ICMP only matches IPv4 but the rule&apos;s CIDRs are IPv6: the rule never matches</source>
        <translation>协议 ICMP 只匹配 IPv4，但规则的 CIDR 是 IPv6：该规则永远不会匹配</translation>
    </message>
    <message>
        <source>protocol ICMPv6 only matches IPv6 but the rule&apos;s CIDRs are IPv4: the rule never matches</source>
        <translation>协议 ICMPv6 只匹配 IPv6，但规则的 CIDR 是 IPv4：该规则永远不会匹配</translation>
    </message>
    <message>
        <source>destination ports cannot be combined with destination services: a service match uses the ports of the service&apos;s endpoints</source>
        <translation>目标端口不能与目标服务同时使用：服务匹配使用该服务各端点的端口</translation>
    </message>
    <message>
        <source>a service match needs a name</source>
        <translation>服务匹配需要名称</translation>
    </message>
    <message>
        <source>service name</source>
        <translation>服务名称</translation>
    </message>
    <message>
        <source>service namespace</source>
        <translation>服务命名空间</translation>
    </message>
    <message>
        <source>services cannot be combined with %1 in the same %2</source>
        <translation>在同一个 %2 中，services 不能与 %1 同时使用</translation>
    </message>
    <message>
        <source>services are not allowed in an ingress rule&apos;s destination: use them in the source of ingress rules or the destination of egress rules</source>
        <translation>入站规则的目标中不允许使用 services：请在入站规则的来源或出站规则的目标中使用</translation>
    </message>
    <message>
        <source>services are not allowed in an egress rule&apos;s source: use them in the source of ingress rules or the destination of egress rules</source>
        <translation>出站规则的来源中不允许使用 services：请在入站规则的来源或出站规则的目标中使用</translation>
    </message>
    <message>
        <source>a service match in a GlobalNetworkPolicy needs a namespace</source>
        <translation>GlobalNetworkPolicy 中的服务匹配需要命名空间</translation>
    </message>
    <message>
        <source>services.namespace is empty: Calico&apos;s documentation says this means the policy&apos;s namespace (%1), but Calico itself then matches no Service; write the namespace explicitly</source>
        <translation>services.namespace 为空：Calico 文档称这表示策略所在的命名空间（%1），但 Calico 实际上此时不匹配任何 Service；请显式写出命名空间</translation>
    </message>
    <message>
        <source>an http match is only allowed on Allow rules (this rule&apos;s action is %1)</source>
        <translation>http 匹配只允许用于 Allow 规则（此规则的动作为 %1）</translation>
    </message>
    <message>
        <source>an http match is not allowed in egress rules</source>
        <translation>出站规则中不允许使用 http 匹配</translation>
    </message>
    <message>
        <source>a rule with an http match must use protocol TCP or leave the protocol unset</source>
        <translation>带有 http 匹配的规则必须使用 TCP 协议或不设置协议</translation>
    </message>
    <message>
        <source>%1 HTTP methods listed; at most %2 are allowed</source>
        <translation>列出了 %1 个 HTTP 方法；至多允许 %2 个</translation>
    </message>
    <message>
        <source>HTTP method &quot;%1&quot; is listed more than once</source>
        <translation>HTTP 方法“%1”出现了多次</translation>
    </message>
    <message>
        <source>%1 HTTP paths listed; at most %2 are allowed</source>
        <translation>列出了 %1 个 HTTP 路径；至多允许 %2 个</translation>
    </message>
    <message>
        <source>set only one of exact and prefix in an HTTP path match</source>
        <translation>HTTP 路径匹配中只能设置 exact 和 prefix 之一</translation>
    </message>
    <message>
        <source>an HTTP path match needs exact or prefix</source>
        <translation>HTTP 路径匹配需要 exact 或 prefix</translation>
    </message>
    <message>
        <source>HTTP path is longer than %1 characters</source>
        <translation>HTTP 路径超过 %1 个字符</translation>
    </message>
    <message>
        <source>invalid HTTP path &quot;%1&quot;: it must start with &apos;/&apos; and contain no &apos;?&apos;, &apos;#&apos; or space</source>
        <translation>无效的 HTTP 路径“%1”：必须以“/”开头，且不能包含“?”、“#”或空格</translation>
    </message>
    <message>
        <source>selector is %1 characters long; the maximum is %2</source>
        <translation>选择器长 %1 个字符；最多为 %2 个</translation>
    </message>
    <message>
        <source>invalid selector &quot;%1&quot;: %2 (at character %3 of the selector)</source>
        <translation>无效的选择器“%1”：%2（位于选择器的第 %3 个字符）</translation>
    </message>
    <message>
        <source>global() can only be used in a rule&apos;s namespaceSelector (Calico rejects any selector here that contains &quot;global(&quot;, even inside a quoted value)</source>
        <translation>global() 只能用于规则的 namespaceSelector（Calico 会拒绝此处任何包含“global(”的选择器，即使它位于引号括起的值中）</translation>
    </message>
    <message>
        <source>global() cannot be combined with other selectors: a namespaceSelector that uses global() must be exactly &quot;global()&quot;</source>
        <translation>global() 不能与其他选择器组合：使用 global() 的 namespaceSelector 必须恰好是“global()”</translation>
    </message>
    <message>
        <source>global() has no special meaning in a notSelector: it is true for every endpoint, so this rule only matches addresses outside the cluster</source>
        <translation>global() 在 notSelector 中没有特殊含义：它对每个端点都为真，因此此规则只匹配集群外的地址</translation>
    </message>
    <message>
        <source>key &quot;%1&quot; is used more than once</source>
        <translation>键“%1”被使用了多次</translation>
    </message>
    <message>
        <source>tier &quot;%1&quot; does not exist: define a Tier named &quot;%1&quot; (the built-in tiers are %2)</source>
        <translation>层级“%1”不存在：请定义名为“%1”的 Tier（内置层级为 %2）</translation>
    </message>
    <message>
        <source>protocol number %1 is out of range: expected 1-255 or one of %2</source>
        <translation>协议号 %1 超出范围：应为 1-255 或 %2 之一</translation>
    </message>
    <message>
        <source>invalid protocol &quot;%1&quot;: expected %2 or a number 1-255</source>
        <translation>无效的协议“%1”：应为 %2 或 1-255 的数字</translation>
    </message>
    <message>
        <source>%1 is an IPv4-mapped IPv6 spelling: Calico reads it as the IPv4 network %2</source>
        <translation>%1 是 IPv4 映射的 IPv6 写法：Calico 将其读作 IPv4 网络 %2</translation>
    </message>
    <message>
        <source>notNets contains %1, a spelling of the catch-all 0.0.0.0/0 that Calico accepts; Felix drops the rule, so it never matches IPv4</source>
        <translation>notNets 包含 %1，这是 Calico 接受的全匹配 0.0.0.0/0 的一种写法；Felix 会丢弃该规则，因此它永远不会匹配 IPv4</translation>
    </message>
    <message>
        <source>an IPPool needs spec.cidr: the pool&apos;s network</source>
        <translation>IPPool 需要 spec.cidr：即池的网络</translation>
    </message>
    <message>
        <source>invalid IPPool CIDR &quot;%1&quot;: expected a network such as 10.244.0.0/16 or fd00:10:244::/64</source>
        <translation>无效的 IPPool CIDR &quot;%1&quot;：应为 10.244.0.0/16 或 fd00:10:244::/64 这样的网络</translation>
    </message>
    <message>
        <source>IPPool CIDR &quot;%1&quot; is not strictly masked: its network is %2</source>
        <translation>IPPool CIDR &quot;%1&quot; 未严格掩码：其网络为 %2</translation>
    </message>
    <message>
        <source>IPPool CIDR %1 overlaps the link-local range %2</source>
        <translation>IPPool CIDR %1 与链路本地范围 %2 重叠</translation>
    </message>
    <message>
        <source>blockSize %1 is out of range: an IPv%2 pool&apos;s blocks are /%3 to /%4</source>
        <translation>blockSize %1 超出范围：IPv%2 池的块大小为 /%3 到 /%4</translation>
    </message>
    <message>
        <source>blockSize %1 is out of range</source>
        <translation>blockSize %1 超出范围</translation>
    </message>
    <message>
        <source>IPPool %1 is smaller than one block (/%2): Calico IPAM cannot use it unless the pool is disabled or its blockSize is at least %3</source>
        <translation>IPPool %1 小于一个块（/%2）：除非禁用该池或其 blockSize 至少为 %3，否则 Calico IPAM 无法使用它</translation>
    </message>
    <message>
        <source>invalid ipipMode &quot;%1&quot;: expected Never, Always or CrossSubnet</source>
        <translation>无效的 ipipMode &quot;%1&quot;：应为 Never、Always 或 CrossSubnet</translation>
    </message>
    <message>
        <source>invalid vxlanMode &quot;%1&quot;: expected Never, Always or CrossSubnet</source>
        <translation>无效的 vxlanMode &quot;%1&quot;：应为 Never、Always 或 CrossSubnet</translation>
    </message>
    <message>
        <source>ipipMode and vxlanMode cannot both be enabled: set one of them to Never</source>
        <translation>ipipMode 和 vxlanMode 不能同时启用：请将其中一个设为 Never</translation>
    </message>
    <message>
        <source>IPIP is not supported on IPv6 pools: ipipMode must be Never</source>
        <translation>IPv6 池不支持 IPIP：ipipMode 必须为 Never</translation>
    </message>
    <message>
        <source>unknown allowed use &quot;%1&quot;: expected Workload, Tunnel or LoadBalancer</source>
        <translation>未知的允许用途 &quot;%1&quot;：应为 Workload、Tunnel 或 LoadBalancer</translation>
    </message>
    <message>
        <source>LoadBalancer cannot be combined with Workload or Tunnel</source>
        <translation>LoadBalancer 不能与 Workload 或 Tunnel 组合</translation>
    </message>
    <message>
        <source>a LoadBalancer IP pool cannot have IPIP or VXLAN enabled</source>
        <translation>LoadBalancer IP 池不能启用 IPIP 或 VXLAN</translation>
    </message>
    <message>
        <source>a LoadBalancer IP pool cannot disable BGP export</source>
        <translation>LoadBalancer IP 池不能禁用 BGP 导出</translation>
    </message>
    <message>
        <source>a LoadBalancer IP pool must have nodeSelector all()</source>
        <translation>LoadBalancer IP 池的 nodeSelector 必须为 all()</translation>
    </message>
    <message>
        <source>an IP pool with allowed use Tunnel cannot have a namespaceSelector</source>
        <translation>允许用途为 Tunnel 的 IP 池不能有 namespaceSelector</translation>
    </message>
    <message>
        <source>invalid assignmentMode &quot;%1&quot;: expected Automatic or Manual</source>
        <translation>无效的 assignmentMode &quot;%1&quot;：应为 Automatic 或 Manual</translation>
    </message>
    <message>
        <source>IPPool %1 (%2) overlaps IPPool %3 (%4, %5)</source>
        <translation>IPPool %1（%2）与 IPPool %3（%4，%5）重叠</translation>
    </message>
    <message>
        <source>a namespace must not be given: %1 is not a namespaced resource</source>
        <translation>不得指定命名空间：%1 不是命名空间级资源</translation>
    </message>
    <message>
        <source>%1 is not namespaced: the namespace is ignored</source>
        <translation>%1 不属于命名空间：命名空间被忽略</translation>
    </message>
    <message>
        <source>port %1 is out of range: expected 1 to 65535</source>
        <translation>端口 %1 超出范围：应为 1 到 65535</translation>
    </message>
    <message>
        <source>set exactly one of tcp, udp, sctp or destinationNamedPort</source>
        <translation>tcp、udp、sctp 和 destinationNamedPort 必须恰好设置一个</translation>
    </message>
    <message>
        <source>set exactly one of portNumber, namedPort or portRange</source>
        <translation>portNumber、namedPort 和 portRange 必须恰好设置一个</translation>
    </message>
    <message>
        <source>a port range needs both start and end</source>
        <translation>端口范围需要同时有 start 和 end</translation>
    </message>
    <message>
        <source>port range %1-%2: start must be less than end</source>
        <translation>端口范围 %1-%2：start 必须小于 end</translation>
    </message>
    <message>
        <source>%1 rules; at most %2 are allowed</source>
        <translation>%1 条规则；最多允许 %2 条</translation>
    </message>
    <message>
        <source>the rule name is longer than 100 characters</source>
        <translation>规则名称超过 100 个字符</translation>
    </message>
    <message>
        <source>action is required: %1</source>
        <translation>action 是必需的：%1</translation>
    </message>
    <message>
        <source>invalid action &quot;%1&quot;: expected %2</source>
        <translation>无效的 action“%1”：应为 %2</translation>
    </message>
    <message>
        <source>from needs at least one peer</source>
        <translation>from 至少需要一个对端</translation>
    </message>
    <message>
        <source>to needs at least one peer</source>
        <translation>to 至少需要一个对端</translation>
    </message>
    <message>
        <source>%1 peers; at most %2 are allowed</source>
        <translation>%1 个对端；最多允许 %2 个</translation>
    </message>
    <message>
        <source>a peer sets exactly one of %1</source>
        <translation>对端必须恰好设置 %1 中的一个</translation>
    </message>
    <message>
        <source>%1 networks; at most 25 are allowed</source>
        <translation>%1 个网络；最多允许 25 个</translation>
    </message>
    <message>
        <source>invalid CIDR &quot;%1&quot;</source>
        <translation>无效的 CIDR“%1”</translation>
    </message>
    <message>
        <source>Calico does not convert a nodes peer: the rule is replaced by a Deny rule when it denies or passes, and left out when it allows</source>
        <translation>Calico 不转换 nodes 对端：当规则为拒绝或传递时被替换为 Deny 规则，为允许时被略去</translation>
    </message>
    <message>
        <source>%1 entries; at most %2 are allowed</source>
        <translation>%1 个条目；最多允许 %2 个</translation>
    </message>
    <message>
        <source>Calico does not convert named ports here: this entry matches every port of every protocol</source>
        <translation>Calico 在此处不转换命名端口：此条目匹配所有协议的所有端口</translation>
    </message>
    <message>
        <source>a BaselineAdminNetworkPolicy must be named &quot;default&quot; (there is only one)</source>
        <translation>BaselineAdminNetworkPolicy 必须命名为“default”（只有一个）</translation>
    </message>
    <message>
        <source>tier is required: Admin or Baseline</source>
        <translation>tier 是必需的：Admin 或 Baseline</translation>
    </message>
    <message>
        <source>invalid tier &quot;%1&quot;: expected Admin or Baseline</source>
        <translation>无效的 tier“%1”：应为 Admin 或 Baseline</translation>
    </message>
    <message>
        <source>priority is required (0 to 1000)</source>
        <translation>priority 是必需的（0 到 1000）</translation>
    </message>
    <message>
        <source>priority %1 is out of range: expected 0 to 1000</source>
        <translation>priority %1 超出范围：应为 0 到 1000</translation>
    </message>
    <message>
        <source>the subject sets exactly one of namespaces or pods</source>
        <translation>subject 必须恰好设置 namespaces 或 pods 中的一个</translation>
    </message>
    <message>
        <source>Calico %1 does not enforce %2 (Calico %3 does); the cluster ignores it</source>
        <translation>Calico %1 不执行 %2（Calico %3 执行）；集群会忽略它</translation>
    </message>
    <message>
        <source>Calico %1 does not enforce %2 (it did before %3: policyctl convert --to clusternetworkpolicy rewrites it); the cluster ignores it</source>
        <translation>Calico %1 不执行 %2（%3 之前执行：policyctl convert --to clusternetworkpolicy 可将其改写）；集群会忽略它</translation>
    </message>
    <message>
        <source>Calico %1 does not understand %2 (it arrived in Calico %3); the cluster would refuse it</source>
        <translation>Calico %1 不认识 %2（它在 Calico %3 中引入）；集群会拒绝它</translation>
    </message>
    <message>
        <source>Calico %1 has no tiers (they arrived in Calico %2); the policy cannot be in tier &quot;%3&quot;</source>
        <translation>Calico %1 没有层级（层级在 Calico %2 中引入）；该策略不能位于层级“%3”中</translation>
    </message>
    <message>
        <source>Calico %1 requires the name of a policy in tier &quot;%2&quot; to start with &quot;%2.&quot; (Calico 3.32 dropped the rule)</source>
        <translation>Calico %1 要求层级“%2”中的策略名称以“%2.”开头（Calico 3.32 取消了该规则）</translation>
    </message>
    <message>
        <source>policyTypes is not set: Calico applies this staged policy to ingress only and ignores these egress rules (the Kubernetes API server would add Egress to a NetworkPolicy, but this kind is Calico&apos;s); write policyTypes explicitly</source>
        <translation>未设置 policyTypes：Calico 只将此暂存策略用于入站，并忽略这些出站规则（Kubernetes API 服务器会为 NetworkPolicy 加上 Egress，但此种类属于 Calico）；请显式写出 policyTypes</translation>
    </message>
    <message>
        <source>policyTypes is not set: the Kubernetes API server sets it to Ingress and Egress, so this policy, which has no ingress rules, also denies all ingress to the pods it selects; write policyTypes: [Egress] for an egress-only policy</source>
        <translation>未设置 policyTypes：Kubernetes API 服务器将其设为 Ingress 和 Egress，因此这条没有入站规则的策略也会拒绝其所选 Pod 的全部入站流量；仅限出站的策略请写 policyTypes: [Egress]</translation>
    </message>
    <message>
        <source>policyTypes is not set: the Kubernetes API server sets it to Ingress and Egress because of these egress rules; write policyTypes explicitly</source>
        <translation>未设置 policyTypes：因存在这些出站规则，Kubernetes API 服务器将其设为 Ingress 和 Egress；请显式写出 policyTypes</translation>
    </message>
    <message>
        <source>the Kubernetes API server sets label %1 to the namespace&apos;s name: &quot;%2&quot; replaces &quot;%3&quot;, and selectors see &quot;%2&quot;</source>
        <translation>Kubernetes API 服务器将标签 %1 设为命名空间的名称：“%2”取代“%3”，选择器看到的是“%2”</translation>
    </message>
    <message>
        <source>invalid value &quot;%1&quot;: expected %2</source>
        <translation>无效的值“%1”：应为 %2</translation>
    </message>
    <message>
        <source>a failsafe port needs a protocol: TCP, UDP or SCTP</source>
        <translation>故障安全端口需要协议：TCP、UDP 或 SCTP</translation>
    </message>
    <message>
        <source>invalid failsafe port protocol &quot;%1&quot;: expected TCP, UDP or SCTP</source>
        <translation>无效的故障安全端口协议“%1”：应为 TCP、UDP 或 SCTP</translation>
    </message>
    <message>
        <source>invalid failsafe port net &quot;%1&quot;: expected a CIDR or an address</source>
        <translation>无效的故障安全端口网络“%1”：应为 CIDR 或地址</translation>
    </message>
    <message>
        <source>Felix reads failsafe ports of TCP and UDP only: with an SCTP port it cannot read this list and keeps its default ports</source>
        <translation>Felix 只读取 TCP 和 UDP 的故障安全端口：含 SCTP 端口时它无法读取此列表，会保留默认端口</translation>
    </message>
    <message>
        <source>Felix reads only the FelixConfiguration &quot;default&quot; and &quot;node.&lt;node name&gt;&quot;: &quot;%1&quot; is ignored</source>
        <translation>Felix 只读取名为“default”和“node.&lt;节点名&gt;”的 FelixConfiguration：“%1”被忽略</translation>
    </message>
    <message>
        <source>invalid character &apos;%1&apos; in logPrefix: letters, digits, &apos;%&apos;, &apos;:&apos;, &apos; &apos;, &apos;/&apos;, &apos;_&apos; and &apos;-&apos; only</source>
        <translation>logPrefix 中的无效字符“%1”：只允许字母、数字、“%”、“:”、“ ”、“/”、“_”和“-”</translation>
    </message>
    <message>
        <source>iptablesMarkMask %1 is out of range (0 to 4294967295)</source>
        <translation>iptablesMarkMask %1 超出范围（0 到 4294967295）</translation>
    </message>
    <message>
        <source>%1 (Felix marks none of this endpoint&apos;s traffic)</source>
        <translation>%1（Felix 不会标记该端点的任何流量）</translation>
    </message>
</context>
<context>
    <name>WhiskerClient</name>
    <message>
        <source>a Whisker backend&apos;s URL starts with http:// or https:// (got %1)</source>
        <translation>Whisker 后端的 URL 应以 http:// 或 https:// 开头（收到的是 %1）</translation>
    </message>
    <message>
        <source>cannot read flows from %1: %2</source>
        <translation>无法从 %1 读取流量：%2</translation>
    </message>
    <message>
        <source>the Whisker backend at %1 answered HTTP %2: %3</source>
        <translation>%1 处的 Whisker 后端返回了 HTTP %2：%3</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>WhiskerFollower</name>
    <message>
        <source>connecting</source>
        <translation>正在连接</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>the stream broke (%1); reconnecting in %2 s, try %3 of %4</source>
        <translation>流已中断（%1）；%2 秒后重新连接，第 %3 次，共 %4 次</translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n record(s)</source>
        <translation>
            <numerusform>已停止，共收到 %n 条记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Failed after %n record(s): %1</source>
        <translation>
            <numerusform>收到 %n 条记录后失败：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; reconnected %n time(s)</source>
        <translation>
            <numerusform>；重新连接了 %n 次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n record(s) sent again after reconnecting were dropped</source>
        <translation>
            <numerusform>；重新连接后重复发送的 %n 条记录已丢弃</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n line(s) could not be read</source>
        <translation>
            <numerusform>；有 %n 行无法读取</numerusform>
        </translation>
    </message>
    <message>
        <source>the Whisker backend at %1 ended the stream</source>
        <translation>%1 处的 Whisker 后端结束了流</translation>
    </message>
    <message numerus="yes">
        <source>gave up after %n try(ies) to reconnect: %1</source>
        <translation>
            <numerusform>尝试重新连接 %n 次后放弃：%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkspaceSettings</name>
    <message>
        <source>expected &quot;key = value&quot;, got &quot;%1&quot;</source>
        <translation>应为“key = value”，实际为“%1”</translation>
    </message>
    <message>
        <source>unknown setting &quot;%1&quot; (known: %2); ignored</source>
        <translation>未知设置“%1”（已知：%2）；已忽略</translation>
    </message>
    <message>
        <source>calico-version must be one of %1, got &quot;%2&quot;; using %3</source>
        <translation>calico-version 必须是 %1 之一，实际为“%2”；使用 %3</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
</context>
<context>
    <name>WorkspaceStore</name>
    <message>
        <source> (line %1)</source>
        <translation>（第 %1 行）</translation>
    </message>
    <message>
        <source>added %1</source>
        <translation>添加了 %1</translation>
    </message>
    <message>
        <source>changed %1%2</source>
        <translation>修改了 %1%2</translation>
    </message>
    <message>
        <source>removed %1%2</source>
        <translation>删除了 %1%2</translation>
    </message>
    <message>
        <source>kept %1%2 as written</source>
        <translation>按原文保留了 %1%2</translation>
    </message>
    <message>
        <source>create %1: %2</source>
        <translation>创建 %1：%2</translation>
    </message>
    <message>
        <source>write %1: %2</source>
        <translation>写入 %1：%2</translation>
    </message>
    <message>
        <source>%1 %2 has no file to be saved to; choose one</source>
        <translation>%1 %2 没有可保存到的文件；请选择一个</translation>
    </message>
    <message>
        <source>%1 %2 cannot be written back: its text holds fields or values that were not read (see the problems reported when it was loaded), and writing it would drop them</source>
        <translation>%1 %2 无法写回：其文本包含未被读取的字段或值（见加载时报告的问题），写回会丢失它们</translation>
    </message>
    <message>
        <source>its text holds fields or values that were not read</source>
        <translation>其文本包含未被读取的字段或值</translation>
    </message>
    <message>
        <source>%1 cannot be written: the new text would not read back as the resources it should hold</source>
        <translation>无法写入 %1：新文本读回后不会得到它应包含的资源</translation>
    </message>
    <message>
        <source>%1 %2 cannot be written as JSON: its text holds fields or values that were not read</source>
        <translation>%1 %2 无法写为 JSON：其文本包含未被读取的字段或值</translation>
    </message>
    <message>
        <source>%1:%2: kept %3 %4 as written: %5</source>
        <translation>%1:%2：按原文保留了 %3 %4：%5</translation>
    </message>
    <message>
        <source>%1: kept as written: %2</source>
        <translation>%1：按原文保留：%2</translation>
    </message>
    <message>
        <source>it could not be read completely</source>
        <translation>它未能被完整读取</translation>
    </message>
    <message>
        <source>it cannot be written back</source>
        <translation>它无法写回</translation>
    </message>
    <message>
        <source>%1 was not read from a file and cannot be written back; save the workspace under a new name</source>
        <translation>%1 不是从文件读取的，无法写回；请将工作区另存为新名称</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text and cannot be written back without changing its encoding</source>
        <translation>%1 不是 UTF-8 文本，不改变其编码就无法写回</translation>
    </message>
    <message>
        <source>%1 could not be read completely (see the problems reported when it was loaded), so it is not written back; fix the file and reload it, or undo the changes to its resources</source>
        <translation>%1 未能被完整读取（见加载时报告的问题），因此不会写回；请修复该文件并重新加载，或撤销对其资源的修改</translation>
    </message>
    <message>
        <source>%1 holds JSON; new resources cannot be added to it, choose a YAML file</source>
        <translation>%1 是 JSON 文件；无法向其中添加新资源，请选择一个 YAML 文件</translation>
    </message>
    <message>
        <source>%1 already exists and is not part of the workspace; choose another name or overwrite it</source>
        <translation>%1 已存在且不属于工作区；请选择其他名称或覆盖它</translation>
    </message>
    <message>
        <source>%1 was deleted since it was loaded; save anyway to write it again</source>
        <translation>%1 在加载后已被删除；仍要保存以重新写入它</translation>
    </message>
    <message>
        <source>%1 changed on disk since it was loaded (now %2 bytes, modified %3; loaded: %4 bytes); reload it, or save anyway to overwrite those changes</source>
        <translation>%1 在加载后已在磁盘上被修改（现为 %2 字节，修改于 %3；加载时：%4 字节）；请重新加载，或仍要保存以覆盖这些修改</translation>
    </message>
    <message>
        <source>(written before it: %1)</source>
        <translation>（在它之前已写入：%1）</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>it is merged or aliased from another place</source>
        <translation>它是从别处合并或引用（别名）而来的</translation>
    </message>
    <message>
        <source>its value is an alias of a value written elsewhere</source>
        <translation>它的值是写在别处的值的别名</translation>
    </message>
    <message>
        <source>the key does not start its line</source>
        <translation>该键不在其所在行的开头</translation>
    </message>
    <message>
        <source>its mapping could not be located</source>
        <translation>无法定位其映射</translation>
    </message>
    <message>
        <source>the list in the text has %1 items where %2 were read</source>
        <translation>文本中的列表有 %1 项，而读取到的是 %2 项</translation>
    </message>
    <message>
        <source>an item is aliased from another place</source>
        <translation>某一项是从别处引用（别名）而来的</translation>
    </message>
    <message>
        <source>the item does not start its line</source>
        <translation>该项不在其所在行的开头</translation>
    </message>
    <message>
        <source>the list&apos;s items do not start their lines</source>
        <translation>列表的各项不在各自行的开头</translation>
    </message>
    <message>
        <source>the document could not be edited in place</source>
        <translation>无法在原处编辑该文档</translation>
    </message>
    <message>
        <source>the item could not be located</source>
        <translation>无法定位该项</translation>
    </message>
    <message>
        <source>an edit falls outside the resource&apos;s text</source>
        <translation>某处编辑超出了该资源的文本范围</translation>
    </message>
    <message>
        <source>two edits overlap</source>
        <translation>两处编辑重叠</translation>
    </message>
    <message>
        <source>%1 %2 cannot be written back: %3; its text holds fields or values that were not read, and writing it whole would drop them</source>
        <translation>无法写回 %1 %2：%3；其文本包含未被读取的字段或值，整体重写会丢失它们</translation>
    </message>
    <message>
        <source>a preview cannot be written; plan the write again</source>
        <translation>预览无法写入；请重新规划写入</translation>
    </message>
    <message>
        <source>its place in the file is not known</source>
        <translation>不知道它在文件中的位置</translation>
    </message>
    <message>
        <source>its document could not be read again</source>
        <translation>无法重新读取其文档</translation>
    </message>
    <message>
        <source>its text could not be located in the file</source>
        <translation>无法在文件中定位其文本</translation>
    </message>
    <message>
        <source>the edit cannot be written into its text: %1</source>
        <translation>该编辑无法写入其文本：%1</translation>
    </message>
    <message>
        <source>the edit of %1 cannot be written into its text: %2</source>
        <translation>对 %1 的编辑无法写入其文本：%2</translation>
    </message>
    <message>
        <source>the edit cannot be written into its text: it would not read back as edited</source>
        <translation>该编辑无法写入其文本：重新读取后将与编辑结果不一致</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Understand and edit Calico network policy.</source>
        <translation>理解和编辑 Calico 网络策略。</translation>
    </message>
    <message>
        <source>Files or folders to open (default: the demo workspace).</source>
        <translation>要打开的文件或文件夹（默认：演示工作区）。</translation>
    </message>
    <message>
        <source>Save a PNG of the window once the workspace is analysed, then quit.</source>
        <translation>工作区分析完成后保存窗口的 PNG 截图，然后退出。</translation>
    </message>
    <message>
        <source>Do not offer to restore unsaved work.</source>
        <translation>不提示恢复未保存的工作。</translation>
    </message>
    <message>
        <source>User interface language, e.g. zh_CN or en (default: the ui/language setting, else the system locale).</source>
        <translation>用户界面语言，例如 zh_CN 或 en（默认：ui/language 设置，否则为系统区域设置）。</translation>
    </message>
</context>
<context>
    <name>ps::AddRuleDialog</name>
    <message>
        <source>Destination &amp;ports:</source>
        <translation>目标端口(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Yes, this rule is meant to match all traffic</source>
        <translation>是的，此规则就是要匹配所有流量(&amp;Y)</translation>
    </message>
    <message>
        <source>Add Ingress Rule</source>
        <translation>添加入站规则</translation>
    </message>
    <message>
        <source>Add Egress Rule</source>
        <translation>添加出站规则</translation>
    </message>
    <message>
        <source>Choose an action…</source>
        <translation>选择动作…</translation>
    </message>
    <message>
        <source>Allow accepts the traffic, Deny drops it, Pass hands it to the next tier, Log logs it and goes on to the next rule.</source>
        <translation>Allow 接受流量，Deny 丢弃流量，Pass 交给下一层级，Log 记录后继续下一条规则。</translation>
    </message>
    <message>
        <source>Any protocol</source>
        <translation>任意协议</translation>
    </message>
    <message>
        <source>e.g. 80, 443, 8000:8100, http — empty for any port</source>
        <translation>例如 80, 443, 8000:8100, http — 留空表示任意端口</translation>
    </message>
    <message>
        <source>e.g. app == &apos;frontend&apos; — empty for any endpoint</source>
        <translation>例如 app == &apos;frontend&apos; — 留空表示任意端点</translation>
    </message>
    <message>
        <source>e.g. 10.0.0.0/8, 192.168.1.10 — empty for any address</source>
        <translation>例如 10.0.0.0/8, 192.168.1.10 — 留空表示任意地址</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>动作(&amp;A)：</translation>
    </message>
    <message>
        <source>P&amp;rotocol:</source>
        <translation>协议(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;From endpoints (selector):</source>
        <translation>来源端点（选择器）(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;To endpoints (selector):</source>
        <translation>目标端点（选择器）(&amp;T)：</translation>
    </message>
    <message>
        <source>From &amp;nets:</source>
        <translation>来源网段(&amp;N)：</translation>
    </message>
    <message>
        <source>To &amp;nets:</source>
        <translation>目标网段(&amp;N)：</translation>
    </message>
    <message>
        <source>Choose what the rule does with the traffic it matches.</source>
        <translation>请选择此规则如何处理它匹配的流量。</translation>
    </message>
    <message>
        <source>Ports: %1</source>
        <translation>端口：%1</translation>
    </message>
    <message>
        <source>Selector: %1</source>
        <translation>选择器：%1</translation>
    </message>
    <message>
        <source>Nets: “%1” is neither a CIDR nor an address</source>
        <translation>网段：“%1”既不是 CIDR 也不是地址</translation>
    </message>
    <message>
        <source>Give a protocol, ports, a selector or nets, or confirm that the rule is meant to match all traffic.</source>
        <translation>请给出协议、端口、选择器或网段，或确认此规则就是要匹配所有流量。</translation>
    </message>
    <message>
        <source>Only TCP, UDP and SCTP rules can name ports.</source>
        <translation>只有 TCP、UDP 和 SCTP 规则可以指定端口。</translation>
    </message>
    <message>
        <source>from every source, on every protocol and port</source>
        <translation>（来自任意来源、任意协议和端口）</translation>
    </message>
    <message>
        <source>to every destination, on every protocol and port</source>
        <translation>（发往任意目标、任意协议和端口）</translation>
    </message>
    <message>
        <source>As it stands, this rule matches all traffic %1.</source>
        <translation>按目前的设置，此规则匹配所有流量%1。</translation>
    </message>
    <message>
        <source>This rule matches all traffic %1: %2 applies to every packet that reaches it.</source>
        <translation>此规则匹配所有流量%1：到达它的每个数据包都将执行 %2。</translation>
    </message>
</context>
<context>
    <name>ps::AdminPolicyForm</name>
    <message>
        <source>Rule %1</source>
        <translation>规则 %1</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message numerus="yes">
        <source>from %n peer(s)</source>
        <translation>
            <numerusform>来自 %n 个对端</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>to %n peer(s)</source>
        <translation>
            <numerusform>去往 %n 个对端</numerusform>
        </translation>
    </message>
    <message>
        <source>every port</source>
        <translation>所有端口</translation>
    </message>
    <message numerus="yes">
        <source>%n port(s)</source>
        <translation>
            <numerusform>%n 个端口</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 %3, %4</source>
        <translation>%1：%2 %3，%4</translation>
    </message>
    <message>
        <source>Admin: before every NetworkPolicy (the admin tier); Baseline: after them (the baseline tier)</source>
        <translation>Admin：在所有 NetworkPolicy 之前（admin 层级）；Baseline：在它们之后（baseline 层级）</translation>
    </message>
    <message>
        <source>0 to 1000, lower first</source>
        <translation>0 到 1000，小者优先</translation>
    </message>
    <message>
        <source>The order among the policies of its tier: lower priorities are evaluated first (Calico&apos;s order)</source>
        <translation>在其层级的策略中的顺序：优先级数值小的先求值（即 Calico 的 order）</translation>
    </message>
    <message>
        <source>Pods of namespaces</source>
        <translation>命名空间中的 Pod</translation>
    </message>
    <message>
        <source>Pods</source>
        <translation>Pod</translation>
    </message>
    <message>
        <source>{} (every namespace)</source>
        <translation>{}（所有命名空间）</translation>
    </message>
    <message>
        <source>A namespace selector as kubectl -l takes it: kubernetes.io/metadata.name=prod</source>
        <translation>命名空间选择器，写法同 kubectl -l：kubernetes.io/metadata.name=prod</translation>
    </message>
    <message>
        <source>{} (every pod)</source>
        <translation>{}（所有 Pod）</translation>
    </message>
    <message>
        <source>A pod selector as kubectl -l takes it: app=web</source>
        <translation>Pod 选择器，写法同 kubectl -l：app=web</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation>层级(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>优先级(&amp;P)：</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>作用对象：</translation>
    </message>
    <message>
        <source>Ingress rules</source>
        <translation>入站规则</translation>
    </message>
    <message>
        <source>Egress rules</source>
        <translation>出站规则</translation>
    </message>
    <message>
        <source>Add Rule</source>
        <translation>添加规则</translation>
    </message>
    <message>
        <source>Remove Rule</source>
        <translation>删除规则</translation>
    </message>
    <message>
        <source>a name for the rule (up to 100 characters)</source>
        <translation>规则名称（最多 100 个字符）</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>动作：</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>目标：</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>对端</translation>
    </message>
    <message>
        <source>Namespace selector</source>
        <translation>命名空间选择器</translation>
    </message>
    <message>
        <source>Pod selector</source>
        <translation>Pod 选择器</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>namespaces: the pods of the namespaces the namespace selector picks; pods: the pods both selectors pick. A selector as kubectl -l takes it, {} for everything.</source>
        <translation>namespaces：命名空间选择器选中的命名空间中的 Pod；pods：两个选择器都选中的 Pod。选择器写法同 kubectl -l，{} 表示全部。</translation>
    </message>
    <message>
        <source>Add Peer</source>
        <translation>添加对端</translation>
    </message>
    <message>
        <source>Remove Peer</source>
        <translation>删除对端</translation>
    </message>
    <message>
        <source>Ports (none: every port):</source>
        <translation>端口（为空：所有端口）：</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>Port or name</source>
        <translation>端口或名称</translation>
    </message>
    <message>
        <source>End port</source>
        <translation>结束端口</translation>
    </message>
    <message>
        <source>Protocol TCP, UDP or SCTP; a port number, a range (a number and an end port) or a named port (no protocol); empty: every port of the protocol</source>
        <translation>协议为 TCP、UDP 或 SCTP；端口号、范围（一个端口号和结束端口）或命名端口（不写协议）；为空：该协议的所有端口</translation>
    </message>
    <message>
        <source>Add Port</source>
        <translation>添加端口</translation>
    </message>
    <message>
        <source>Remove Port</source>
        <translation>删除端口</translation>
    </message>
    <message>
        <source>ingress rule %1</source>
        <translation>入站规则 %1</translation>
    </message>
    <message>
        <source>egress rule %1</source>
        <translation>出站规则 %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: a rule&apos;s name has at most 100 characters</source>
        <translation>%1：规则名称最多 100 个字符</translation>
    </message>
    <message>
        <source>peer %1: the peer is one of %2, not “%3”</source>
        <translation>对端 %1：对端必须是 %2 之一，而不是“%3”</translation>
    </message>
    <message>
        <source>peer %1, %2: %3</source>
        <translation>对端 %1，%2：%3</translation>
    </message>
    <message>
        <source>pod selector</source>
        <translation>Pod 选择器</translation>
    </message>
    <message>
        <source>namespace selector</source>
        <translation>命名空间选择器</translation>
    </message>
    <message>
        <source>peer %1: give the networks, CIDRs separated by commas</source>
        <translation>对端 %1：请填写网络，以逗号分隔的 CIDR</translation>
    </message>
    <message>
        <source>port %1: the protocol is TCP, UDP or SCTP, not “%2”</source>
        <translation>端口 %1：协议须为 TCP、UDP 或 SCTP，而不是“%2”</translation>
    </message>
    <message>
        <source>port %1: a named port goes without a protocol</source>
        <translation>端口 %1：命名端口不写协议</translation>
    </message>
    <message>
        <source>port %1: a named port has no end port</source>
        <translation>端口 %1：命名端口没有结束端口</translation>
    </message>
    <message>
        <source>port %1: a ClusterNetworkPolicy port names its protocol</source>
        <translation>端口 %1：ClusterNetworkPolicy 的端口须写明协议</translation>
    </message>
    <message>
        <source>port %1: a port is from 1 to 65535, not %2</source>
        <translation>端口 %1：端口须在 1 到 65535 之间，而不是 %2</translation>
    </message>
    <message>
        <source>port %1: an end port needs a start port and is from it to 65535</source>
        <translation>端口 %1：结束端口需要起始端口，且在起始端口到 65535 之间</translation>
    </message>
    <message>
        <source>port %1: give a port number, a range or a named port</source>
        <translation>端口 %1：请填写端口号、范围或命名端口</translation>
    </message>
    <message>
        <source>priority: a number from 0 to 1000</source>
        <translation>优先级：0 到 1000 之间的数</translation>
    </message>
    <message>
        <source>subject, namespace selector: %1</source>
        <translation>作用对象，命名空间选择器：%1</translation>
    </message>
    <message>
        <source>subject, pod selector: %1</source>
        <translation>作用对象，Pod 选择器：%1</translation>
    </message>
    <message numerus="yes">
        <source>protocol TCP on %n port(s)</source>
        <translation>
            <numerusform>%n 个端口上的协议 TCP</numerusform>
        </translation>
    </message>
    <message>
        <source>order 1000 in the baseline tier (no priority)</source>
        <translation>baseline 层级中的 order 1000（无优先级）</translation>
    </message>
    <message>
        <source>a rule without peers matches nothing</source>
        <translation>没有对端的规则不匹配任何流量</translation>
    </message>
    <message>
        <source>Implied, not written: %1</source>
        <translation>隐含，未写出：%1</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move the selected rule up (Alt+Up): rules are matched in order</source>
        <translation>将所选规则上移（Alt+Up）：规则按顺序匹配</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Move the selected rule down (Alt+Down): rules are matched in order</source>
        <translation>将所选规则下移（Alt+Down）：规则按顺序匹配</translation>
    </message>
    <message>
        <source>Node selector</source>
        <translation>节点选择器</translation>
    </message>
    <message>
        <source>namespaces: the pods of the namespaces the namespace selector picks; pods: the pods both selectors pick; networks: CIDRs separated by commas; nodes: the host addresses of the nodes the node selector picks (Calico does not convert such a peer). A selector as kubectl -l takes it, {} for everything.</source>
        <translation>namespaces：命名空间选择器选中的命名空间中的 Pod；pods：两个选择器都选中的 Pod；networks：以逗号分隔的 CIDR；nodes：节点选择器选中的节点的主机地址（Calico 不转换这种对端）。选择器的写法同 kubectl -l，{} 表示全部。</translation>
    </message>
    <message>
        <source>node selector</source>
        <translation>节点选择器</translation>
    </message>
    <message>
        <source>Add ingress rule</source>
        <translation>添加入站规则</translation>
    </message>
    <message>
        <source>Add egress rule</source>
        <translation>添加出站规则</translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation>删除规则</translation>
    </message>
    <message>
        <source>Move rule</source>
        <translation>移动规则</translation>
    </message>
    <message>
        <source>peer %1</source>
        <translation>对端 %1</translation>
    </message>
    <message>
        <source>port %1</source>
        <translation>端口 %1</translation>
    </message>
</context>
<context>
    <name>ps::AdminPolicyView</name>
    <message>
        <source>Form</source>
        <translation>表单</translation>
    </message>
    <message>
        <source>YAML</source>
        <translation>YAML</translation>
    </message>
    <message>
        <source>As Calico policy</source>
        <translation>作为 Calico 策略</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: edit it in the form (every change is undoable; a save writes only what changed). Calico %2 enforces it as the policy of the last tab, in tier %3.</source>
        <translation>%1：在表单中编辑（每处修改都可撤销；保存只写入改动的部分）。Calico %2 将其作为最后一个标签页中的策略执行，位于层级 %3。</translation>
    </message>
    <message>
        <source>%1: edit it in the form (every change is undoable; a save writes only what changed). Calico %2 does not enforce it: %3</source>
        <translation>%1：在表单中编辑（每处修改都可撤销；保存只写入改动的部分）。Calico %2 不执行它：%3</translation>
    </message>
    <message>
        <source># Calico %1 does not convert this policy: %2</source>
        <translation># Calico %1 不转换此策略：%2</translation>
    </message>
</context>
<context>
    <name>ps::ChainDelegate</name>
    <message>
        <source>Allow</source>
        <translation>允许</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>传递</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>记录日志</translation>
    </message>
    <message>
        <source>Global</source>
        <translation>全局</translation>
    </message>
    <message>
        <source>Namespaced</source>
        <translation>命名空间级</translation>
    </message>
    <message>
        <source>Kubernetes</source>
        <translation>Kubernetes</translation>
    </message>
    <message>
        <source>Staged global</source>
        <translation>暂存的全局策略</translation>
    </message>
    <message>
        <source>Staged</source>
        <translation>暂存</translation>
    </message>
    <message>
        <source>Staged Kubernetes</source>
        <translation>暂存的 Kubernetes 策略</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>配置文件</translation>
    </message>
    <message>
        <source>no match</source>
        <translation>不匹配</translation>
    </message>
    <message>
        <source>logged, goes on</source>
        <translation>已记录日志，继续</translation>
    </message>
    <message>
        <source>passes to the next tier</source>
        <translation>传递到下一层级</translation>
    </message>
    <message>
        <source>decides: allow</source>
        <translation>判定：允许</translation>
    </message>
    <message>
        <source>decides: deny</source>
        <translation>判定：拒绝</translation>
    </message>
    <message>
        <source>would match (staged)</source>
        <translation>将会匹配（暂存）</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>TIER</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>staged (not enforced)</source>
        <translation>暂存（不生效）</translation>
    </message>
    <message>
        <source>on to the next stage</source>
        <translation>继续下一阶段</translation>
    </message>
    <message>
        <source>not on this flow&apos;s path</source>
        <translation>不在该流量的路径上</translation>
    </message>
    <message>
        <source>STAGE</source>
        <translation>阶段</translation>
    </message>
</context>
<context>
    <name>ps::ChainModel</name>
    <message>
        <source>rule %1</source>
        <translation>规则 %1</translation>
    </message>
    <message>
        <source>ingress</source>
        <translation>入站</translation>
    </message>
    <message>
        <source>egress</source>
        <translation>出站</translation>
    </message>
    <message>
        <source>staged policies only: not enforced</source>
        <translation>只有暂存策略：不生效</translation>
    </message>
    <message>
        <source>default action: %1</source>
        <translation>默认动作：%1</translation>
    </message>
    <message>
        <source>order %1</source>
        <translation>顺序 %1</translation>
    </message>
    <message>
        <source>selector %1</source>
        <translation>选择器 %1</translation>
    </message>
    <message>
        <source>no %1 rules</source>
        <translation>没有%1规则</translation>
    </message>
    <message>
        <source>no %1 rules: on to the next policy of the tier</source>
        <translation>没有%1规则：继续该层级的下一个策略</translation>
    </message>
    <message>
        <source>no %1 rules: on to the end of the tier</source>
        <translation>没有%1规则：继续到层级末尾</translation>
    </message>
    <message>
        <source>staged policies only: the tier is skipped</source>
        <translation>只有暂存策略：跳过该层级</translation>
    </message>
    <message>
        <source>end of tier: pass</source>
        <translation>层级结束：传递</translation>
    </message>
    <message>
        <source>what no rule decided goes on to the next tier</source>
        <translation>没有规则作出判定的流量继续进入下一层级</translation>
    </message>
    <message>
        <source>end of tier: deny</source>
        <translation>层级结束：拒绝</translation>
    </message>
    <message>
        <source>what no rule allowed, denied or passed is denied</source>
        <translation>没有规则允许、拒绝或传递的流量将被拒绝</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>配置文件</translation>
    </message>
    <message>
        <source>no policy applies for %1: the profiles decide</source>
        <translation>没有策略适用于%1：由配置文件决定</translation>
    </message>
    <message>
        <source>reached only when every tier passed</source>
        <translation>仅当所有层级都传递时才会到达</translation>
    </message>
    <message>
        <source>not defined</source>
        <translation>未定义</translation>
    </message>
    <message>
        <source>no profiles</source>
        <translation>没有配置文件</translation>
    </message>
    <message>
        <source>default: deny</source>
        <translation>默认：拒绝</translation>
    </message>
    <message>
        <source>nothing allowed the flow</source>
        <translation>没有规则允许该流量</translation>
    </message>
    <message>
        <source>Tier %1 (%2)</source>
        <translation>层级 %1（%2）</translation>
    </message>
    <message>
        <source>%1 %2 (staged, not enforced)</source>
        <translation>%1 %2（暂存，不生效）</translation>
    </message>
    <message>
        <source>no end-of-tier deny</source>
        <translation>无层级结束拒绝</translation>
    </message>
    <message>
        <source>end of tier: no verdict</source>
        <translation>层级结束：无判定</translation>
    </message>
    <message>
        <source>Failsafe ports</source>
        <translation>故障保护端口</translation>
    </message>
    <message>
        <source>Untracked</source>
        <translation>不跟踪</translation>
    </message>
    <message>
        <source>Pre-DNAT</source>
        <translation>DNAT 前</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>转发</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>accepted before any policy: %1</source>
        <translation>在任何策略之前接受：%1</translation>
    </message>
    <message>
        <source>doNotTrack · before conntrack · an allow skips the later stages</source>
        <translation>doNotTrack · 在 conntrack 之前 · 允许则跳过后续阶段</translation>
    </message>
    <message>
        <source>preDNAT · before DNAT · an allow skips normal and forward</source>
        <translation>preDNAT · 在 DNAT 之前 · 允许则跳过常规和转发阶段</translation>
    </message>
    <message>
        <source>applyOnForward · forwarded traffic only</source>
        <translation>applyOnForward · 仅限转发流量</translation>
    </message>
    <message>
        <source>traffic to or from the host itself</source>
        <translation>发往或来自主机本身的流量</translation>
    </message>
    <message>
        <source>no policy: the stage does not apply</source>
        <translation>没有策略：该阶段不适用</translation>
    </message>
    <message>
        <source>no verdict: on to the next stage</source>
        <translation>无判定：继续下一阶段</translation>
    </message>
    <message>
        <source>pre-DNAT next</source>
        <translation>接下来是 DNAT 前阶段</translation>
    </message>
    <message>
        <source>normal or forward next</source>
        <translation>接下来是常规或转发阶段</translation>
    </message>
    <message>
        <source>default: allow forwarded traffic</source>
        <translation>默认：允许转发流量</translation>
    </message>
    <message>
        <source>every tier passed: allow</source>
        <translation>所有层级都已传递：允许</translation>
    </message>
    <message>
        <source>what no policy decided is allowed</source>
        <translation>没有策略作出判定的流量将被允许</translation>
    </message>
    <message>
        <source>Stage %1 (%2)</source>
        <translation>阶段 %1（%2）</translation>
    </message>
</context>
<context>
    <name>ps::ChainView</name>
    <message>
        <source>Allow</source>
        <translation>允许</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>传递</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>记录日志</translation>
    </message>
    <message>
        <source>traced path</source>
        <translation>追踪路径</translation>
    </message>
    <message>
        <source>evaluated, no match</source>
        <translation>已评估，不匹配</translation>
    </message>
    <message>
        <source>deciding rule</source>
        <translation>作出判定的规则</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>未到达</translation>
    </message>
    <message>
        <source>staged (not enforced)</source>
        <translation>暂存（不生效）</translation>
    </message>
    <message>
        <source>Why is this denied?…</source>
        <translation>为什么被拒绝？…</translation>
    </message>
    <message>
        <source>Trace a flow to or from this endpoint</source>
        <translation>追踪进出此端点的流量</translation>
    </message>
    <message>
        <source>Clear trace</source>
        <translation>清除追踪</translation>
    </message>
    <message>
        <source>Ingress rule chain</source>
        <translation>入站规则链</translation>
    </message>
    <message>
        <source>Egress rule chain</source>
        <translation>出站规则链</translation>
    </message>
    <message>
        <source>Rule chain</source>
        <translation>规则链</translation>
    </message>
    <message>
        <source>Rule chain of %1</source>
        <translation>%1 的规则链</translation>
    </message>
    <message>
        <source>Select an endpoint in the inventory, or trace a flow, to see the rules that apply to it in the order Calico evaluates them.</source>
        <translation>在清单中选择一个端点或追踪一条流量，即可按 Calico 的评估顺序查看适用于它的规则。</translation>
    </message>
    <message>
        <source>Analysing the workspace…</source>
        <translation>正在分析工作区…</translation>
    </message>
    <message>
        <source>%1 is not in the workspace any more.
%2</source>
        <translation>%1 已不在工作区中。
%2</translation>
    </message>
    <message>
        <source>%1 is outside the inventory: Calico applies no policy there.</source>
        <translation>%1 不在清单中：Calico 不会在那里应用任何策略。</translation>
    </message>
    <message>
        <source>Rule chain of %1 (%2)</source>
        <translation>%1 的规则链（%2）</translation>
    </message>
    <message>
        <source>The traced flow could not be evaluated: %1</source>
        <translation>无法评估所追踪的流量：%1</translation>
    </message>
    <message>
        <source>Traced: %1</source>
        <translation>已追踪：%1</translation>
    </message>
    <message>
        <source>ALLOWED</source>
        <translation>允许</translation>
    </message>
    <message>
        <source>DENIED</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Traced %1: %2</source>
        <translation>已追踪 %1：%2</translation>
    </message>
    <message>
        <source>The flow does not pass through %1&apos;s policy.</source>
        <translation>该流量不经过 %1 的策略。</translation>
    </message>
    <message>
        <source>Open rule %1 of %2</source>
        <translation>打开 %2 的规则 %1</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>打开 %1</translation>
    </message>
    <message>
        <source>Ingress</source>
        <translation>入站</translation>
    </message>
    <message>
        <source>Egress</source>
        <translation>出站</translation>
    </message>
    <message>
        <source>Ingress — arriving at %1</source>
        <translation>入站 — 到达 %1</translation>
    </message>
    <message>
        <source>Egress — leaving %1</source>
        <translation>出站 — 离开 %1</translation>
    </message>
    <message>
        <source>%1 · not in this trace</source>
        <translation>%1 · 不在此次追踪中</translation>
    </message>
</context>
<context>
    <name>ps::ChangesPanel</name>
    <message>
        <source>&amp;Compare</source>
        <translation>比较(&amp;C)</translation>
    </message>
    <message>
        <source>Compare with &amp;Folder…</source>
        <translation>与文件夹比较(&amp;F)…</translation>
    </message>
    <message>
        <source>Compare the edited workspace with the saved files again</source>
        <translation>重新将编辑中的工作区与已保存的文件比较</translation>
    </message>
    <message>
        <source>Compare the edited workspace with the policies of another folder</source>
        <translation>将编辑中的工作区与另一个文件夹中的策略比较</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>之前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>之后</translation>
    </message>
    <message>
        <source>Endpoint pairs</source>
        <translation>端点对</translation>
    </message>
    <message>
        <source>Changes since the last save</source>
        <translation>自上次保存以来的变更</translation>
    </message>
    <message>
        <source>Compared with: the saved files</source>
        <translation>比较对象：已保存的文件</translation>
    </message>
    <message>
        <source>Compare shows what the edits change: policies, and the flows whose verdict changes.</source>
        <translation>“比较”显示编辑带来的变化：策略，以及判定发生变化的流量。</translation>
    </message>
    <message>
        <source>Waiting for the analysis of the edited workspace…</source>
        <translation>正在等待编辑中工作区的分析…</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>正在比较…</translation>
    </message>
    <message>
        <source>Compared with: %1</source>
        <translation>比较对象：%1</translation>
    </message>
    <message>
        <source>Compare with Folder</source>
        <translation>与文件夹比较</translation>
    </message>
    <message>
        <source>No change: the same policies, every flow has the same verdict.</source>
        <translation>没有变化：策略相同，所有流量的判定相同。</translation>
    </message>
    <message numerus="yes">
        <source>%n policies changed; no flow changes its verdict.</source>
        <translation>
            <numerusform>%n 个策略有变化；没有流量的判定发生变化。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n policies changed; %1 flows change their verdict (activate one to trace it).</source>
        <translation>
            <numerusform>%n 个策略有变化；%1 个流量的判定发生变化（激活一项即可追踪）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Policies (%1)</source>
        <translation>策略（%1）</translation>
    </message>
    <message>
        <source>added %1 %2</source>
        <translation>新增 %1 %2</translation>
    </message>
    <message>
        <source>removed %1 %2</source>
        <translation>移除 %1 %2</translation>
    </message>
    <message>
        <source>changed %1 %2: %3</source>
        <translation>修改 %1 %2：%3</translation>
    </message>
    <message>
        <source>Flows whose verdict changes (%1)</source>
        <translation>判定发生变化的流量（%1）</translation>
    </message>
    <message>
        <source>%1 → %2 %3 port %4</source>
        <translation>%1 → %2 %3 端口 %4</translation>
    </message>
    <message>
        <source>%1 → %2 %3</source>
        <translation>%1 → %2 %3</translation>
    </message>
    <message>
        <source>%1 — activate to trace it</source>
        <translation>%1 — 激活即可追踪</translation>
    </message>
    <message>
        <source>(more flow changes not shown)</source>
        <translation>（更多流量变化未显示）</translation>
    </message>
</context>
<context>
    <name>ps::ChartsPanel</name>
    <message>
        <source> (the %1 largest of %2)</source>
        <translation>（%2 个中最大的 %1 个）</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>C&amp;hart:</source>
        <translation>图表(&amp;H)：</translation>
    </message>
    <message>
        <source>Rules per node: IP sets vs a flat rendering</source>
        <translation>每个节点的规则数：IP 集与扁平渲染对比</translation>
    </message>
    <message>
        <source>Rules an endpoint&apos;s chains reach</source>
        <translation>端点的链可到达的规则</translation>
    </message>
    <message>
        <source>Chains, IP sets and members per node</source>
        <translation>每个节点的链、IP 集和成员</translation>
    </message>
    <message>
        <source>Policies per tier</source>
        <translation>每个层级的策略数</translation>
    </message>
    <message>
        <source>Policies per namespace</source>
        <translation>每个命名空间的策略数</translation>
    </message>
    <message>
        <source>Endpoints each policy selects</source>
        <translation>每个策略选中的端点数</translation>
    </message>
    <message>
        <source>Policies and rules without effect</source>
        <translation>无效果的策略和规则</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>What the ruleset costs the kernel, and the policy inventory in numbers.</source>
        <translation>规则集给内核带来的开销，以及策略清单的各项数字。</translation>
    </message>
    <message>
        <source>Rendering every node and counting…</source>
        <translation>正在渲染每个节点并计数…</translation>
    </message>
    <message>
        <source>%1 nodes with endpoints: %2 rules as Calico renders them, %3 as a flat rendering would need. %4 policies, %5 endpoints.</source>
        <translation>%1 个有端点的节点：按 Calico 渲染为 %2 条规则，扁平渲染需要 %3 条。%4 个策略，%5 个端点。</translation>
    </message>
    <message>
        <source>Filter rules per node: Calico&apos;s IP sets against one rule per address</source>
        <translation>每个节点的 filter 规则：Calico 的 IP 集与每个地址一条规则对比</translation>
    </message>
    <message>
        <source>rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>With IP sets (as Felix renders)</source>
        <translation>使用 IP 集（按 Felix 渲染）</translation>
    </message>
    <message>
        <source>Flat (one rule per address)</source>
        <translation>扁平（每个地址一条规则）</translation>
    </message>
    <message>
        <source>Chains, IP sets and IP set members per node</source>
        <translation>每个节点的链、IP 集和 IP 集成员</translation>
    </message>
    <message>
        <source>count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Chains</source>
        <translation>链</translation>
    </message>
    <message>
        <source>IP sets</source>
        <translation>IP 集</translation>
    </message>
    <message>
        <source>IP set members</source>
        <translation>IP 集成员</translation>
    </message>
    <message>
        <source>Rules a new connection can pass at an endpoint (its to- and from-chains)</source>
        <translation>新连接在端点处可经过的规则（其 to 链和 from 链）</translation>
    </message>
    <message>
        <source>Policies per tier, in evaluation order</source>
        <translation>每个层级的策略数，按评估顺序</translation>
    </message>
    <message>
        <source>Endpoints each policy selects (of %1)</source>
        <translation>每个策略选中的端点数（共 %1 个）</translation>
    </message>
    <message>
        <source>endpoints</source>
        <translation>端点</translation>
    </message>
    <message>
        <source>policies</source>
        <translation>策略</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>端点</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>策略</translation>
    </message>
    <message>
        <source>(cluster-wide)</source>
        <translation>（集群范围）</translation>
    </message>
    <message>
        <source>Policies and rules without effect (lint findings)</source>
        <translation>无效果的策略和规则（lint 发现）</translation>
    </message>
    <message>
        <source>Policies and rules without effect (lint findings; shadowed and redundant rules are checked here up to %1 policies)</source>
        <translation>无效果的策略和规则（lint 发现；在此处，策略数不超过 %1 时才检查被遮蔽和冗余的规则）</translation>
    </message>
    <message>
        <source>findings</source>
        <translation>发现</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>发现</translation>
    </message>
    <message>
        <source>The chart could not be written as PNG.</source>
        <translation>无法将图表写为 PNG。</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <translation>PNG 图像 (*.png);;SVG 图像 (*.svg)</translation>
    </message>
    <message>
        <source>Policies and rules without effect (the lint is still running)</source>
        <translation>无效果的策略和规则（lint 仍在运行）</translation>
    </message>
    <message>
        <source>&amp;Forecast</source>
        <translation>预测(&amp;F)</translation>
    </message>
    <message>
        <source>Rules a connection traverses as policies grow</source>
        <translation>随策略增长连接经过的规则数</translation>
    </message>
    <message>
        <source>Forecast for a pod placement</source>
        <translation>Pod 放置预测</translation>
    </message>
    <message>
        <source>N&amp;ode:</source>
        <translation>节点(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Add pods like:</source>
        <translation>添加类似的 Pod(&amp;A)：</translation>
    </message>
    <message>
        <source>Co&amp;unt:</source>
        <translation>数量(&amp;U)：</translation>
    </message>
    <message>
        <source>the workspace has no node or no pods to place</source>
        <translation>工作区没有节点或没有可放置的 Pod</translation>
    </message>
    <message>
        <source>Rules a new connection traverses (mean) as policies grow: IP sets against one rule per address</source>
        <translation>随策略增长新连接经过的规则数（平均）：IP 集对比每个地址一条规则</translation>
    </message>
    <message>
        <source>Rules a new connection traverses: %1</source>
        <translation>新连接经过的规则数：%1</translation>
    </message>
    <message>
        <source> (counting…)</source>
        <translation>（计数中…）</translation>
    </message>
    <message>
        <source>1,000 rules: where iptables slows down</source>
        <translation>1,000 条规则：iptables 开始变慢之处</translation>
    </message>
    <message numerus="yes">
        <source>This workspace (%n policies, node %1)</source>
        <translation>
            <numerusform>本工作区（%n 个策略，节点 %1）</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>policies (generated cluster: %1 namespaces, %2 pods on one node)</source>
        <translation>策略数（生成的集群：%1 个命名空间，一个节点上 %2 个 Pod）</translation>
    </message>
    <message>
        <source>%1
%2 policies: %3 %4 on average, at most %5 (%6 rules in all)</source>
        <translation>%1
%2 个策略：平均 %3 %4，最多 %5（共 %6 条规则）</translation>
    </message>
    <message>
        <source>This workspace, node %1: %2 %3 on average with IP sets, %4 flat</source>
        <translation>本工作区，节点 %1：使用 IP 集时平均 %2 %3，平铺时 %4</translation>
    </message>
    <message>
        <source>Forecast for a pod placement (computing…)</source>
        <translation>Pod 放置预测（计算中…）</translation>
    </message>
    <message>
        <source>Forecast for a pod placement: %1</source>
        <translation>Pod 放置预测：%1</translation>
    </message>
    <message numerus="yes">
        <source>Node %1 now and with %n more pod(s) like %2</source>
        <translation>
            <numerusform>节点 %1 现在及再放置 %n 个类似 %2 的 Pod 后</numerusform>
        </translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Flat rules</source>
        <translation>平铺规则</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>现在</translation>
    </message>
    <message>
        <source>With the pods placed</source>
        <translation>放置 Pod 后</translation>
    </message>
    <message>
        <source>Now, IPv4</source>
        <translation>现在，IPv4</translation>
    </message>
    <message>
        <source>With the pods placed, IPv4</source>
        <translation>放置 Pod 后，IPv4</translation>
    </message>
    <message>
        <source>Now, IPv6</source>
        <translation>现在，IPv6</translation>
    </message>
    <message>
        <source>With the pods placed, IPv6</source>
        <translation>放置 Pod 后，IPv6</translation>
    </message>
    <message>
        <source>Policies that select nothing</source>
        <translation>不选中任何端点的策略</translation>
    </message>
    <message>
        <source>Rules whose peer selects nothing</source>
        <translation>对端不选中任何端点的规则</translation>
    </message>
    <message>
        <source>Rules shadowed by earlier ones</source>
        <translation>被前面规则遮蔽的规则</translation>
    </message>
    <message>
        <source>Redundant rules</source>
        <translation>冗余规则</translation>
    </message>
    <message>
        <source>Policies that only log</source>
        <translation>只记录日志的策略</translation>
    </message>
    <message>
        <source>Log rules never reached</source>
        <translation>永远到达不了的日志规则</translation>
    </message>
    <message>
        <source>Network sets no rule uses</source>
        <translation>没有规则使用的网络集</translation>
    </message>
    <message>
        <source>node</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>endpoint</source>
        <translation>端点</translation>
    </message>
    <message>
        <source>tier</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>namespace</source>
        <translation>命名空间</translation>
    </message>
    <message>
        <source>policy</source>
        <translation>策略</translation>
    </message>
    <message>
        <source>lint finding</source>
        <translation>检查发现</translation>
    </message>
</context>
<context>
    <name>ps::DataplanePanel</name>
    <message>
        <source>ingress</source>
        <translation>入站</translation>
    </message>
    <message>
        <source>egress</source>
        <translation>出站</translation>
    </message>
    <message>
        <source>Loading the workspace…</source>
        <translation>正在加载工作区…</translation>
    </message>
    <message>
        <source>Node:</source>
        <translation>节点：</translation>
    </message>
    <message>
        <source>The node whose rules to show</source>
        <translation>要显示其规则的节点</translation>
    </message>
    <message>
        <source>Endpoint:</source>
        <translation>端点：</translation>
    </message>
    <message>
        <source>One pod or host endpoint, as if alone on its node; or the whole node</source>
        <translation>单个 Pod 或主机端点（视为其节点上唯一的端点），或整个节点</translation>
    </message>
    <message>
        <source>namespace/pod</source>
        <translation>命名空间/Pod</translation>
    </message>
    <message>
        <source>Felix&apos;s dataplane mode</source>
        <translation>Felix 的数据平面模式</translation>
    </message>
    <message>
        <source>iptables</source>
        <translation>iptables</translation>
    </message>
    <message>
        <source>nftables</source>
        <translation>nftables</translation>
    </message>
    <message>
        <source>Which text to show for the iptables dataplane</source>
        <translation>iptables 数据平面显示哪种文本</translation>
    </message>
    <message>
        <source>iptables-restore input</source>
        <translation>iptables-restore 输入</translation>
    </message>
    <message>
        <source>iptables-save listing</source>
        <translation>iptables-save 列表</translation>
    </message>
    <message>
        <source>IP sets</source>
        <translation>IP 集</translation>
    </message>
    <message>
        <source>Which Felix release&apos;s chain names to use</source>
        <translation>使用哪个 Felix 版本的链名称</translation>
    </message>
    <message>
        <source>Current names</source>
        <translation>当前命名</translation>
    </message>
    <message>
        <source>Felix 3.29–3.31 names</source>
        <translation>Felix 3.29–3.31 命名</translation>
    </message>
    <message>
        <source>Find (Ctrl+F)</source>
        <translation>查找（Ctrl+F）</translation>
    </message>
    <message>
        <source>Any node</source>
        <translation>任意节点</translation>
    </message>
    <message>
        <source>(choose an endpoint)</source>
        <translation>（选择一个端点）</translation>
    </message>
    <message>
        <source>(whole node)</source>
        <translation>（整个节点）</translation>
    </message>
    <message>
        <source>Select a pod or a node to see what Felix would program.</source>
        <translation>选择一个 Pod 或节点，查看 Felix 将会下发的规则。</translation>
    </message>
    <message>
        <source>Analysing the workspace…</source>
        <translation>正在分析工作区…</translation>
    </message>
    <message>
        <source>Cannot render %1: %2</source>
        <translation>无法渲染 %1：%2</translation>
    </message>
    <message>
        <source>Rendering…</source>
        <translation>正在渲染…</translation>
    </message>
    <message numerus="yes">
        <source>%n chain(s)</source>
        <translation>
            <numerusform>%n 条链</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s)</source>
        <translation>
            <numerusform>%n 条规则</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n IP set(s)</source>
        <translation>
            <numerusform>%n 个 IP 集</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n 个成员</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 rule %3</source>
        <translation>%1，%2规则 %3</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) from %1</source>
        <translation>
            <numerusform>%n 行来自 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>(rendering…)</source>
        <translation>（正在渲染…）</translation>
    </message>
    <message>
        <source>IP set %1: %2</source>
        <translation>IP 集 %1：%2</translation>
    </message>
    <message>
        <source>from %1 %2, %3 rule %4</source>
        <translation>来自 %1 %2，%3规则 %4</translation>
    </message>
    <message>
        <source>%1 %2, %3: %4</source>
        <translation>%1 %2，%3：%4</translation>
    </message>
    <message>
        <source>chain of %1 %2, %3</source>
        <translation>%1 %2 的%3链</translation>
    </message>
    <message>
        <source>from profile %1, %2 rule %3</source>
        <translation>来自配置文件 %1，%2规则 %3</translation>
    </message>
    <message>
        <source>profile %1, %2: %3</source>
        <translation>配置文件 %1，%2：%3</translation>
    </message>
    <message>
        <source>chain of profile %1, %2</source>
        <translation>配置文件 %1 的%2链</translation>
    </message>
    <message>
        <source>Calico chain %1</source>
        <translation>Calico 链 %1</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1：%2 %3</translation>
    </message>
    <message>
        <source>%1 (endpoint %2)</source>
        <translation>%1（端点 %2）</translation>
    </message>
    <message>
        <source>tables %1 and filter</source>
        <translation>%1 表和 filter 表</translation>
    </message>
    <message>
        <source>The IP family: Felix programs an IPv4 and an IPv6 ruleset</source>
        <translation>IP 协议族：Felix 会编写一套 IPv4 规则集和一套 IPv6 规则集</translation>
    </message>
    <message>
        <source>IPv4</source>
        <translation>IPv4</translation>
    </message>
    <message>
        <source>IPv6</source>
        <translation>IPv6</translation>
    </message>
</context>
<context>
    <name>ps::DesktopRecent</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a list of recently used files (XBEL)%2; it was left as it is</source>
        <translation>%1 不是最近使用文件列表（XBEL）%2；已保持原样</translation>
    </message>
    <message>
        <source>cannot create the folder of %1</source>
        <translation>无法创建 %1 所在的文件夹</translation>
    </message>
</context>
<context>
    <name>ps::Document</name>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message numerus="yes">
        <source>%n paths</source>
        <translation>
            <numerusform>%n 个路径</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>添加 %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>移除 %1</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n policies</source>
        <translation>
            <numerusform>移除 %n 个策略</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was removed from disk.</source>
        <translation>%1 已从磁盘上删除。</translation>
    </message>
    <message>
        <source>%1 (on disk)</source>
        <translation>%1（磁盘上）</translation>
    </message>
    <message>
        <source>%1 (Policy Studio)</source>
        <translation>%1（Policy Studio）</translation>
    </message>
</context>
<context>
    <name>ps::EntityEditor</name>
    <message>
        <source>Selector:</source>
        <translation>选择器：</translation>
    </message>
    <message>
        <source>Not selector:</source>
        <translation>排除选择器：</translation>
    </message>
    <message>
        <source>Namespaces:</source>
        <translation>命名空间：</translation>
    </message>
    <message>
        <source>Nets:</source>
        <translation>网络：</translation>
    </message>
    <message>
        <source>Not nets:</source>
        <translation>排除网络：</translation>
    </message>
    <message>
        <source>Ports:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <source>Not ports:</source>
        <translation>排除端口：</translation>
    </message>
    <message>
        <source>Service accounts:</source>
        <translation>服务账号：</translation>
    </message>
    <message>
        <source>names, comma separated</source>
        <translation>名称，以逗号分隔</translation>
    </message>
    <message>
        <source>Account selector:</source>
        <translation>账号选择器：</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>服务：</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Service namespace:</source>
        <translation>服务命名空间：</translation>
    </message>
    <message>
        <source>CIDRs, e.g. 10.0.0.0/8</source>
        <translation>CIDR，例如 10.0.0.0/8</translation>
    </message>
    <message>
        <source>e.g. 80, 443, 8000:8080, http</source>
        <translation>例如 80, 443, 8000:8080, http</translation>
    </message>
</context>
<context>
    <name>ps::F</name>
    <message>
        <source>a list</source>
        <translation>列表</translation>
    </message>
</context>
<context>
    <name>ps::FlowsModel</name>
    <message>
        <source>Allowed</source>
        <translation>允许</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>传递</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>source (egress)</source>
        <translation>来源（出站）</translation>
    </message>
    <message>
        <source>destination (ingress)</source>
        <translation>目标（入站）</translation>
    </message>
    <message>
        <source>forwarded</source>
        <translation>转发</translation>
    </message>
    <message>
        <source>The log names no policy</source>
        <translation>日志未指明策略</translation>
    </message>
    <message>
        <source>The engine decides this flow as the log says</source>
        <translation>引擎对该流量的判定与日志一致</translation>
    </message>
    <message>
        <source>traced as %1</source>
        <translation>按 %1 追踪</translation>
    </message>
    <message>
        <source>The saved files decide this connection otherwise: %1 there, %2 as edited</source>
        <translation>已保存的文件对该连接的判定不同：其中为%1，编辑后为%2</translation>
    </message>
    <message>
        <source>any</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>由 %2 %1</translation>
    </message>
    <message>
        <source>not resolved</source>
        <translation>未解析</translation>
    </message>
    <message>
        <source>agrees</source>
        <translation>一致</translation>
    </message>
    <message>
        <source>drift</source>
        <translation>偏差</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>时间（UTC）</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Protocol / port</source>
        <translation>协议 / 端口</translation>
    </message>
    <message>
        <source>Logged at</source>
        <translation>记录位置</translation>
    </message>
    <message>
        <source>Logged</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>引擎</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>一致性</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录数</translation>
    </message>
    <message>
        <source>Saved → edited</source>
        <translation>已保存 → 编辑后</translation>
    </message>
</context>
<context>
    <name>ps::FlowsPanel</name>
    <message>
        <source>&amp;Open Log…</source>
        <translation>打开日志(&amp;O)…</translation>
    </message>
    <message>
        <source>Compare with sa&amp;ved</source>
        <translation>与已保存的比较(&amp;V)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Read a Calico flow log: Whisker or Goldmane JSON, Calico Enterprise flow logs; plain or gzip</source>
        <translation>读取 Calico 流日志：Whisker 或 Goldmane JSON、Calico Enterprise 流日志；纯文本或 gzip 压缩</translation>
    </message>
    <message>
        <source>Also replay the log against the saved files: mark the connections the edits since then would flip</source>
        <translation>同时针对已保存的文件重放日志：标记出此后的编辑会反转其判定的连接</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>显示(&amp;H)：</translation>
    </message>
    <message>
        <source>All flows</source>
        <translation>所有流量</translation>
    </message>
    <message>
        <source>Drift</source>
        <translation>偏差</translation>
    </message>
    <message>
        <source>Denied by the engine</source>
        <translation>被引擎拒绝</translation>
    </message>
    <message>
        <source>Not resolved</source>
        <translation>未解析</translation>
    </message>
    <message>
        <source>Flipped by the edits</source>
        <translation>被编辑反转</translation>
    </message>
    <message>
        <source>Filter by endpoint, port or policy…</source>
        <translation>按端点、端口或策略筛选…</translation>
    </message>
    <message>
        <source>Open a flow log to see, for traffic that really happened, whether the workspace decides it as the cluster did, and why.</source>
        <translation>打开流日志，针对实际发生过的流量，查看工作区的判定是否与集群一致，以及原因。</translation>
    </message>
    <message>
        <source>Flow groups</source>
        <translation>流组</translation>
    </message>
    <message>
        <source>Flow details</source>
        <translation>流量详情</translation>
    </message>
    <message>
        <source>Choose a flow to see what the log and the engine say; activate it to trace it.</source>
        <translation>选择一个流量，查看日志和引擎的判定；激活即可追踪。</translation>
    </message>
    <message>
        <source>Open a Flow Log</source>
        <translation>打开流日志</translation>
    </message>
    <message>
        <source>Flow logs (*.json *.ndjson *.jsonl *.log *.gz);;All files (*)</source>
        <translation>流日志 (*.json *.ndjson *.jsonl *.log *.gz);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>The flow log could not be read: %1</source>
        <translation>无法读取流日志：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n record(s). </source>
        <translation>
            <numerusform>已在读取 %n 条记录后取消。 </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) flip with the edits since the saved files.</source>
        <translation>
            <numerusform>自保存以来的编辑使 %n 个连接的判定反转。</numerusform>
        </translation>
    </message>
    <message>
        <source>First unreadable record: %1</source>
        <translation>第一条无法读取的记录：%1</translation>
    </message>
    <message>
        <source>With the saved files:</source>
        <translation>使用已保存的文件：</translation>
    </message>
    <message>
        <source>As edited:</source>
        <translation>编辑后：</translation>
    </message>
    <message>
        <source>Connect to &amp;Whisker…</source>
        <translation>连接到 Whisker(&amp;W)…</translation>
    </message>
    <message>
        <source>Re&amp;commend…</source>
        <translation>推荐(&amp;C)…</translation>
    </message>
    <message>
        <source>Read the flows of a live Whisker backend (Calico 3.30 and later)</source>
        <translation>读取运行中的 Whisker 后端的流量（Calico 3.30 及更高版本）</translation>
    </message>
    <message>
        <source>Least-privilege staged policies that allow exactly the connections the log observed, with the proof</source>
        <translation>最小权限的暂存策略，恰好允许日志中观察到的连接，并附证明</translation>
    </message>
    <message>
        <source>Connect to Whisker</source>
        <translation>连接到 Whisker</translation>
    </message>
    <message>
        <source>The Whisker backend: through the Whisker pod&apos;s nginx, http://HOST:8081/whisker-backend (kubectl port-forward -n calico-system service/whisker 8081:8081)</source>
        <translation>Whisker 后端：经由 Whisker Pod 的 nginx 访问，http://HOST:8081/whisker-backend（kubectl port-forward -n calico-system service/whisker 8081:8081）</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>everything it holds</source>
        <translation>其保存的全部流量</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>no: the flows it holds</source>
        <translation>否：只读取其已保存的流量</translation>
    </message>
    <message>
        <source>Read the live stream of new flows for this long instead</source>
        <translation>改为在这段时间内读取新流量的实时数据流</translation>
    </message>
    <message>
        <source>HTTPS: the CA file (default: the system&apos;s CAs)</source>
        <translation>HTTPS：CA 文件（默认：系统的 CA）</translation>
    </message>
    <message>
        <source>a file holding a bearer token (mode 0600), if needed</source>
        <translation>存有持有者令牌的文件（权限 0600），如有需要</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>URL(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Since:</source>
        <translation>最近(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Watch:</source>
        <translation>监视(&amp;W)：</translation>
    </message>
    <message>
        <source>C&amp;A file:</source>
        <translation>CA 文件(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Token file:</source>
        <translation>令牌文件(&amp;T)：</translation>
    </message>
    <message>
        <source>A Whisker backend&apos;s URL starts with http:// or https://.</source>
        <translation>Whisker 后端的 URL 应以 http:// 或 https:// 开头。</translation>
    </message>
    <message numerus="yes">
        <source>Reading the flows %1 streams, for %n second(s)…</source>
        <translation>
            <numerusform>正在读取 %1 实时推送的流量，持续 %n 秒…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n recommended policy(ies)</source>
        <translation>
            <numerusform>添加 %n 个推荐的策略</numerusform>
        </translation>
    </message>
    <message>
        <source>Fo&amp;llow</source>
        <translation>跟踪(&amp;L)</translation>
    </message>
    <message>
        <source>Follow the connected Whisker backend&apos;s live stream: new flows are explained as they arrive, until this is turned off</source>
        <translation>跟踪已连接的 Whisker 后端的实时流：新流量一到达就加以解释，直到关闭此项</translation>
    </message>
    <message>
        <source>Following %1 — connecting…</source>
        <translation>正在跟踪 %1 — 正在连接…</translation>
    </message>
    <message>
        <source>Stopped following %1: %2 %3</source>
        <translation>已停止跟踪 %1：%2 %3</translation>
    </message>
    <message>
        <source>Following %1 — %2. %3</source>
        <translation>正在跟踪 %1 — %2。%3</translation>
    </message>
    <message>
        <source>Explaining the followed flows again…</source>
        <translation>正在重新解释所跟踪的流量…</translation>
    </message>
</context>
<context>
    <name>ps::Generator</name>
    <message>
        <source>the number of namespaces must be between 0 and %1</source>
        <translation>命名空间数量必须在 0 到 %1 之间</translation>
    </message>
    <message>
        <source>the number of pods must be between 0 and %1</source>
        <translation>Pod 数量必须在 0 到 %1 之间</translation>
    </message>
    <message>
        <source>the number of policies must be between 0 and %1</source>
        <translation>策略数量必须在 0 到 %1 之间</translation>
    </message>
    <message>
        <source>pods per node must be between 1 and %1</source>
        <translation>每个节点的 Pod 数必须在 1 到 %1 之间</translation>
    </message>
    <message>
        <source>the number of nodes must be between 1 and %1</source>
        <translation>节点数量必须在 1 到 %1 之间</translation>
    </message>
    <message>
        <source>pods need at least one namespace</source>
        <translation>Pod 至少需要一个命名空间</translation>
    </message>
    <message>
        <source>%1 nodes with %2 pods each cannot hold %3 pods</source>
        <translation>%1 个节点、每个节点 %2 个 Pod，无法容纳 %3 个 Pod</translation>
    </message>
    <message>
        <source>the cluster would need more than %1 nodes</source>
        <translation>集群将需要超过 %1 个节点</translation>
    </message>
</context>
<context>
    <name>ps::GraphPanel</name>
    <message>
        <source>Traced: %1 → %2. Activate to trace it in the Trace panel.</source>
        <translation>已追踪：%1 → %2。激活即可在“追踪”面板中追踪它。</translation>
    </message>
    <message>
        <source>&amp;Denied pairs</source>
        <translation>被拒绝的端点对(&amp;D)</translation>
    </message>
    <message>
        <source>Compare with sa&amp;ved</source>
        <translation>与已保存的比较(&amp;V)</translation>
    </message>
    <message>
        <source>Co&amp;mpute</source>
        <translation>计算(&amp;M)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>Co&amp;llapse All</source>
        <translation>全部折叠(&amp;L)</translation>
    </message>
    <message>
        <source>Also draw, red and dashed, the pairs where policy denies some flow</source>
        <translation>同时用红色虚线画出策略拒绝某些流量的端点对</translation>
    </message>
    <message>
        <source>Draw the difference between the saved files and the edited workspace: green edges are added, red removed, orange changed</source>
        <translation>画出已保存文件与编辑后工作区之间的差异：绿色边为新增，红色为删除，橙色为变更</translation>
    </message>
    <message>
        <source>Find a node…</source>
        <translation>查找节点…</translation>
    </message>
    <message>
        <source>Show only namespaces or names containing…</source>
        <translation>只显示包含以下内容的命名空间或名称…</translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation>适应(&amp;F)</translation>
    </message>
    <message>
        <source>Show the whole graph (0)</source>
        <translation>显示整个图 (0)</translation>
    </message>
    <message>
        <source>Zoom in (+ or the mouse wheel)</source>
        <translation>放大（+ 或鼠标滚轮）</translation>
    </message>
    <message>
        <source>Zoom out (- or the mouse wheel)</source>
        <translation>缩小（- 或鼠标滚轮）</translation>
    </message>
    <message>
        <source>Show every expanded namespace as one node again (double-click a namespace to show its workloads)</source>
        <translation>将每个已展开的命名空间重新显示为一个节点（双击命名空间可显示其工作负载）</translation>
    </message>
    <message>
        <source>Flow graph</source>
        <translation>流量图</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Graph details</source>
        <translation>图详情</translation>
    </message>
    <message>
        <source>Who may open connections to whom, with the exact protocols and ports. Click an edge or a node to see why.</source>
        <translation>谁可以向谁发起连接，以及确切的协议和端口。点击边或节点查看原因。</translation>
    </message>
    <message>
        <source>No node shown matches “%1”.</source>
        <translation>显示的节点中没有匹配“%1”的。</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) match.</source>
        <translation>
            <numerusform>%n 个节点匹配。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Trace</source>
        <translation>追踪(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Open Policy</source>
        <translation>打开策略(&amp;O)</translation>
    </message>
    <message>
        <source>Computing the graphs of the saved and the edited workspace…</source>
        <translation>正在计算已保存和编辑后工作区的图…</translation>
    </message>
    <message>
        <source>Computing the flow graph…</source>
        <translation>正在计算流量图…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>The graph could not be laid out: %1</source>
        <translation>无法布局该图：%1</translation>
    </message>
    <message numerus="yes">
        <source>Saved → edited: %n edge(s) changed</source>
        <translation>
            <numerusform>已保存 → 编辑后：%n 条边有变化</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) added</source>
        <translation>
            <numerusform>新增 %n 个节点</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) removed</source>
        <translation>
            <numerusform>删除 %n 个节点</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n 个节点</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n allowed edge(s)</source>
        <translation>
            <numerusform>%n 条允许的边</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n denied pair(s)</source>
        <translation>
            <numerusform>%n 个被拒绝的端点对</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>，</translation>
    </message>
    <message>
        <source>%1. Computed in %2 ms, laid out by %3 in %4 ms. Click an edge or a node to see why.</source>
        <translation>%1。计算用时 %2 毫秒，由 %3 布局用时 %4 毫秒。点击边或节点查看原因。</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>端点</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Only in the saved files</source>
        <translation>仅在已保存的文件中</translation>
    </message>
    <message>
        <source>none: the profiles decide</source>
        <translation>无：由配置文件决定</translation>
    </message>
    <message>
        <source>staged</source>
        <translation>暂存</translation>
    </message>
    <message>
        <source>some of its endpoints</source>
        <translation>它的部分端点</translation>
    </message>
    <message>
        <source>tier %1; %2</source>
        <translation>层级 %1；%2</translation>
    </message>
    <message>
        <source>Activate to open the policy</source>
        <translation>激活即可打开该策略</translation>
    </message>
    <message>
        <source>Double-click the namespace to show its workloads</source>
        <translation>双击该命名空间可显示其工作负载</translation>
    </message>
    <message>
        <source>Double-click to show the namespace as one node</source>
        <translation>双击可将该命名空间显示为一个节点</translation>
    </message>
    <message>
        <source>Ingress policies, in order</source>
        <translation>入站策略，按顺序</translation>
    </message>
    <message>
        <source>Egress policies, in order</source>
        <translation>出站策略，按顺序</translation>
    </message>
    <message>
        <source>Outside the cluster: no policy applies to it</source>
        <translation>集群外部：不适用任何策略</translation>
    </message>
    <message>
        <source>added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>编辑后</translation>
    </message>
    <message>
        <source>Allowed now</source>
        <translation>现在允许</translation>
    </message>
    <message>
        <source>No longer allowed</source>
        <translation>不再允许</translation>
    </message>
    <message>
        <source>denied: %1</source>
        <translation>拒绝：%1</translation>
    </message>
    <message>
        <source>allowed: %1</source>
        <translation>允许：%1</translation>
    </message>
    <message>
        <source>Explaining…</source>
        <translation>正在解释…</translation>
    </message>
    <message>
        <source>Export Graph</source>
        <translation>导出图</translation>
    </message>
    <message>
        <source>SVG image (*.svg);;PNG image (*.png);;Graphviz DOT (*.dot)</source>
        <translation>SVG 图像 (*.svg);;PNG 图像 (*.png);;Graphviz DOT (*.dot)</translation>
    </message>
    <message>
        <source>%1 edges between %2 nodes are too many to draw readably (more than %3): type in the filter on the right to draw the namespaces it matches, choose a protocol and port, or export the whole graph.</source>
        <translation>%2 个节点之间有 %1 条边，太多而无法清晰绘制（超过 %3）：在右侧过滤框中输入文字以绘制匹配的命名空间，选择协议和端口，或导出整个图。</translation>
    </message>
    <message>
        <source>only the nodes matching “%1” (the whole graph has %2 edges)</source>
        <translation>仅匹配“%1”的节点（整个图有 %2 条边）</translation>
    </message>
    <message>
        <source>O&amp;bserved flows</source>
        <translation>观测到的流量(&amp;B)</translation>
    </message>
    <message>
        <source>Open a flow log in the Flows dock to draw the traffic it observed over the graph</source>
        <translation>在“流量”面板中打开流日志，即可在图上绘制其观测到的流量</translation>
    </message>
    <message numerus="yes">
        <source>%n edge(s) with observed traffic</source>
        <translation>
            <numerusform>%n 条边有观测到的流量</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n allowed but never observed</source>
        <translation>
            <numerusform>%n 条允许但从未观测到</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n observed connection(s) on no node shown</source>
        <translation>
            <numerusform>%n 个观测到的连接不在所显示的节点上</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Draw the %n connection(s) %1 observed: blue where observed and allowed, red where observed and denied, dotted grey where allowed but never observed</source>
        <translation>
            <numerusform>绘制 %1 观测到的 %n 个连接：观测到且允许为蓝色，观测到且拒绝为红色，允许但从未观测到为灰色点线</numerusform>
        </translation>
    </message>
    <message>
        <source>an overview of %1 nodes and %2 edges, too many to draw one by one: namespaces grouped by the first word of their name and their network sets likewise into %3 groups, the connections between two groups merged into one edge (double-click a group to show its members, or type in the filter to draw the nodes it matches)</source>
        <translation>概览：%1 个节点和 %2 条边，太多，无法逐一绘制：命名空间按名称的第一个词分组，其网络集同样分组，共 %3 组；两组之间的连接合并为一条边（双击一个组可显示其成员，或在筛选框中输入以绘制匹配的节点）</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Double-click the group to show its members</source>
        <translation>双击该组以显示其成员</translation>
    </message>
    <message>
        <source>Double-click to show its group as one node</source>
        <translation>双击以将其所在组显示为一个节点</translation>
    </message>
    <message>
        <source>Select and centre the first node whose name contains the text, or that carries labels matching a label selector (team == &apos;payments&apos;, or team=payments); the nodes a selector matches are outlined</source>
        <translation>选中并居中第一个名称包含该文本、或其标签匹配标签选择器（team == &apos;payments&apos; 或 team=payments）的节点；选择器匹配的节点会加上轮廓</translation>
    </message>
    <message>
        <source>Show only the nodes whose name contains the text, or that carry labels matching a label selector (team == &apos;payments&apos;, or team=payments): namespaces by their labels, workloads and pods by theirs; the matches are outlined</source>
        <translation>只显示名称包含该文本、或其标签匹配标签选择器（team == &apos;payments&apos; 或 team=payments）的节点：命名空间按其标签，工作负载和 Pod 按各自的标签；匹配的节点会加上轮廓</translation>
    </message>
    <message>
        <source>How the overview groups namespaces and their network sets: by the first word of their name, or by the value of a namespace label (the namespaces without it form one group). A grouping chosen here draws the graph by namespace as groups whatever its size; otherwise only a graph too large to draw is grouped, by name.</source>
        <translation>概览如何对命名空间及其网络集分组：按名称的第一个词，或按某个命名空间标签的值（没有该标签的命名空间组成一组）。在此选择分组后，按命名空间的图无论大小都按组绘制；否则只有大到无法绘制的图才按名称分组。</translation>
    </message>
    <message>
        <source>Group when too large</source>
        <translation>过大时分组</translation>
    </message>
    <message>
        <source>Group by name prefix</source>
        <translation>按名称前缀分组</translation>
    </message>
    <message>
        <source>Overview grouping</source>
        <translation>概览分组</translation>
    </message>
    <message>
        <source>an overview of %1 nodes and %2 edges: namespaces and their network sets grouped by the value of their label %3 into %4 groups (those without it in one), the connections between two groups merged into one edge (double-click a group to show its members)</source>
        <translation>%1 个节点、%2 条边的概览：命名空间及其网络集按标签 %3 的值分为 %4 组（没有该标签的归为一组），两组之间的连接合并为一条边（双击一个组可显示其成员）</translation>
    </message>
    <message>
        <source>an overview of %1 nodes and %2 edges: namespaces grouped by the first word of their name and their network sets likewise into %3 groups, the connections between two groups merged into one edge (double-click a group to show its members)</source>
        <translation>%1 个节点、%2 条边的概览：命名空间按名称的第一个词分组，其网络集同样分组，共 %3 组，两组之间的连接合并为一条边（双击一个组可显示其成员）</translation>
    </message>
    <message>
        <source>Group by label %1</source>
        <translation>按标签 %1 分组</translation>
    </message>
    <message>
        <source>Not a label selector yet: %1</source>
        <translation>还不是标签选择器：%1</translation>
    </message>
    <message>
        <source>No node carries labels matching “%1”.</source>
        <translation>没有节点的标签匹配“%1”。</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) carry labels matching “%1”: %2</source>
        <translation>
            <numerusform>%n 个节点的标签匹配“%1”：%2</numerusform>
        </translation>
    </message>
    <message>
        <source>Not a label selector: %1</source>
        <translation>不是标签选择器：%1</translation>
    </message>
    <message>
        <source>No node shown carries labels matching “%1”.</source>
        <translation>显示的节点中没有标签匹配“%1”的。</translation>
    </message>
    <message numerus="yes">
        <source>%n added (green)</source>
        <translation>
            <numerusform>新增 %n 条（绿色）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed (red, dashed)</source>
        <translation>
            <numerusform>删除 %n 条（红色虚线）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with other connections (orange)</source>
        <translation>
            <numerusform>%n 条连接有变（橙色）</numerusform>
        </translation>
    </message>
    <message>
        <source>Part of the graph is shown, large enough to read its names: Fit (0) shows it whole.</source>
        <translation>只显示了图的一部分，以便看清节点名称：“适应”（0）可显示整张图。</translation>
    </message>
</context>
<context>
    <name>ps::GraphView</name>
    <message>
        <source> (denied)</source>
        <translation>（已拒绝）</translation>
    </message>
    <message>
        <source>The same connections both ways</source>
        <translation>双向连接相同</translation>
    </message>
</context>
<context>
    <name>ps::HelpDialog</name>
    <message>
        <source>Policy Studio Guide</source>
        <translation>Policy Studio 指南</translation>
    </message>
    <message>
        <source>qrc:/help/guide.en.html</source>
        <comment>the built-in guide&apos;s page for this language: qrc:/help/guide.&lt;language&gt;.html</comment>
        <translation>qrc:/help/guide.zh_CN.html</translation>
    </message>
</context>
<context>
    <name>ps::HttpPathsEdit</name>
    <message>
        <source>any path</source>
        <translation>任意路径</translation>
    </message>
    <message>
        <source>Add path</source>
        <translation>添加路径</translation>
    </message>
    <message>
        <source>Add an HTTP path match</source>
        <translation>添加 HTTP 路径匹配</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>exact</translation>
    </message>
    <message>
        <source>prefix</source>
        <translation>prefix</translation>
    </message>
    <message>
        <source>exact: the whole path; prefix: paths that start with it</source>
        <translation>exact：完整路径；prefix：以其开头的路径</translation>
    </message>
    <message>
        <source>/path</source>
        <translation>/path</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove this path</source>
        <translation>移除此路径</translation>
    </message>
</context>
<context>
    <name>ps::InventoryModel</name>
    <message>
        <source>no labels</source>
        <translation>无标签</translation>
    </message>
    <message>
        <source>labels:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <source>not defined in the workspace</source>
        <translation>未在工作区中定义</translation>
    </message>
    <message>
        <source>Namespace %1 (referenced, not defined)</source>
        <translation>命名空间 %1（被引用，未定义）</translation>
    </message>
    <message>
        <source>Namespace %1</source>
        <translation>命名空间 %1</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>位于 %1</translation>
    </message>
    <message>
        <source>host network</source>
        <translation>主机网络</translation>
    </message>
    <message>
        <source>Pod %1</source>
        <translation>Pod %1</translation>
    </message>
    <message>
        <source>service account: %1</source>
        <translation>服务账号：%1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>selects %1</source>
        <translation>选择 %1</translation>
    </message>
    <message>
        <source>service %1 %2</source>
        <translation>服务 %1 %2</translation>
    </message>
    <message>
        <source>Service %1</source>
        <translation>服务 %1</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>节点</translation>
    </message>
    <message numerus="yes">
        <source>%n nodes</source>
        <translation>
            <numerusform>%n 个节点</numerusform>
        </translation>
    </message>
    <message>
        <source>Node %1</source>
        <translation>节点 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n endpoints</source>
        <translation>
            <numerusform>%n 个端点</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Service account</source>
        <translation>服务账号</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
</context>
<context>
    <name>ps::KeyValueModel</name>
    <message>
        <source>Add label…</source>
        <translation>添加标签…</translation>
    </message>
    <message>
        <source>Add annotation…</source>
        <translation>添加注解…</translation>
    </message>
    <message>
        <source>Type a key here (or press Insert) to add an entry</source>
        <translation>在此输入键（或按 Insert）以添加条目</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
</context>
<context>
    <name>ps::KeyValueTable</name>
    <message>
        <source>Add label</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <source>Add annotation</source>
        <translation>添加注解</translation>
    </message>
    <message>
        <source>Remove selected labels</source>
        <translation>移除所选标签</translation>
    </message>
    <message>
        <source>Remove selected annotations</source>
        <translation>移除所选注解</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
</context>
<context>
    <name>ps::KubernetesPolicyForm</name>
    <message>
        <source>from anywhere</source>
        <translation>来自任意位置</translation>
    </message>
    <message>
        <source>to anywhere</source>
        <translation>发往任意位置</translation>
    </message>
    <message numerus="yes">
        <source>from %n peer(s)</source>
        <translation>
            <numerusform>来自 %n 个对端</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>to %n peer(s)</source>
        <translation>
            <numerusform>发往 %n 个对端</numerusform>
        </translation>
    </message>
    <message>
        <source>every port</source>
        <translation>所有端口</translation>
    </message>
    <message numerus="yes">
        <source>%n port(s)</source>
        <translation>
            <numerusform>%n 个端口</numerusform>
        </translation>
    </message>
    <message>
        <source>Rule %1: %2, %3</source>
        <translation>规则 %1：%2，%3</translation>
    </message>
    <message>
        <source>&amp;Ingress</source>
        <translation>入站(&amp;I)</translation>
    </message>
    <message>
        <source>E&amp;gress</source>
        <translation>出站(&amp;G)</translation>
    </message>
    <message>
        <source>every pod of the namespace</source>
        <translation>命名空间中的所有 Pod</translation>
    </message>
    <message>
        <source>The pods the policy applies to, as kubectl -l takes it: app=web,tier in (a,b),!debug</source>
        <translation>策略适用的 Pod，写法与 kubectl -l 相同：app=web,tier in (a,b),!debug</translation>
    </message>
    <message>
        <source>&amp;Pod selector:</source>
        <translation>Pod 选择器(&amp;P)：</translation>
    </message>
    <message>
        <source>Policy types:</source>
        <translation>策略类型：</translation>
    </message>
    <message>
        <source>Ingress rules</source>
        <translation>入站规则</translation>
    </message>
    <message>
        <source>Egress rules</source>
        <translation>出站规则</translation>
    </message>
    <message>
        <source>Add Rule</source>
        <translation>添加规则</translation>
    </message>
    <message>
        <source>Remove Rule</source>
        <translation>移除规则</translation>
    </message>
    <message>
        <source>From (none: from anywhere):</source>
        <translation>来源（无：来自任意位置）：</translation>
    </message>
    <message>
        <source>To (none: to anywhere):</source>
        <translation>目标（无：发往任意位置）：</translation>
    </message>
    <message>
        <source>Pod selector</source>
        <translation>Pod 选择器</translation>
    </message>
    <message>
        <source>Namespace selector</source>
        <translation>命名空间选择器</translation>
    </message>
    <message>
        <source>IP block</source>
        <translation>IP 块</translation>
    </message>
    <message>
        <source>Except</source>
        <translation>排除</translation>
    </message>
    <message>
        <source>A selector as kubectl -l takes it; {} selects everything; an empty cell means no such selector. An IP block is a CIDR, its exceptions CIDRs separated by commas.</source>
        <translation>选择器的写法与 kubectl -l 相同；{} 选择所有对象；空单元格表示没有该选择器。IP 块是一个 CIDR，其排除项是以逗号分隔的多个 CIDR。</translation>
    </message>
    <message>
        <source>Add Peer</source>
        <translation>添加对端</translation>
    </message>
    <message>
        <source>Remove Peer</source>
        <translation>移除对端</translation>
    </message>
    <message>
        <source>Ports (none: every port):</source>
        <translation>端口（无：所有端口）：</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>End port</source>
        <translation>结束端口</translation>
    </message>
    <message>
        <source>Protocol TCP (when empty), UDP or SCTP; a port number or a named port, empty for every port of the protocol; an end port makes a range</source>
        <translation>协议为 TCP（留空时）、UDP 或 SCTP；端口为端口号或命名端口，留空表示该协议的所有端口；填写结束端口则构成端口范围</translation>
    </message>
    <message>
        <source>Add Port</source>
        <translation>添加端口</translation>
    </message>
    <message>
        <source>Remove Port</source>
        <translation>移除端口</translation>
    </message>
    <message>
        <source>Not written: Kubernetes implies Ingress, and Egress when there are egress rules</source>
        <translation>未写明：Kubernetes 默认包含入站（Ingress），有出站规则时还包含出站（Egress）</translation>
    </message>
    <message>
        <source>ingress rule %1</source>
        <translation>入站规则 %1</translation>
    </message>
    <message>
        <source>egress rule %1</source>
        <translation>出站规则 %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>peer %1, %2: %3</source>
        <translation>对端 %1，%2：%3</translation>
    </message>
    <message>
        <source>pod selector</source>
        <translation>Pod 选择器</translation>
    </message>
    <message>
        <source>namespace selector</source>
        <translation>命名空间选择器</translation>
    </message>
    <message>
        <source>peer %1: an IP block goes without selectors</source>
        <translation>对端 %1：IP 块不能与选择器同时使用</translation>
    </message>
    <message>
        <source>peer %1: exceptions need an IP block</source>
        <translation>对端 %1：排除项需要 IP 块</translation>
    </message>
    <message>
        <source>peer %1: give a pod selector, a namespace selector or an IP block ({} selects everything)</source>
        <translation>对端 %1：请提供 Pod 选择器、命名空间选择器或 IP 块（{} 选择所有对象）</translation>
    </message>
    <message>
        <source>port %1: the protocol is TCP, UDP or SCTP, not “%2”</source>
        <translation>端口 %1：协议应为 TCP、UDP 或 SCTP，而不是“%2”</translation>
    </message>
    <message>
        <source>port %1: a port is from 1 to 65535, not %2</source>
        <translation>端口 %1：端口应在 1 到 65535 之间，而不是 %2</translation>
    </message>
    <message>
        <source>port %1: an end port needs a port number and is from it to 65535</source>
        <translation>端口 %1：结束端口需要配合端口号，且取值在该端口号到 65535 之间</translation>
    </message>
    <message>
        <source>pod selector: %1</source>
        <translation>Pod 选择器：%1</translation>
    </message>
    <message>
        <source>&amp;Write Them Out</source>
        <translation>写出这些值(&amp;W)</translation>
    </message>
    <message>
        <source>Write the values the Kubernetes API server fills in into the policy, so the file says what the cluster holds</source>
        <translation>将 Kubernetes API 服务器填入的值写进策略，使文件与集群中保存的内容一致</translation>
    </message>
    <message>
        <source>Implied by the API server, not written: %1</source>
        <translation>API 服务器隐含填入、文件中未写出：%1</translation>
    </message>
    <message>
        <source>Pods</source>
        <translation>Pod</translation>
    </message>
    <message>
        <source>No pod of the inventory</source>
        <translation>清单中没有 Pod</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>……另有 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Selects no pod: the selector does not parse</source>
        <translation>不选中任何 Pod：选择器无法解析</translation>
    </message>
    <message numerus="yes">
        <source>Selects &lt;a href=&quot;#pods&quot;&gt;%n pod(s)&lt;/a&gt; in %1</source>
        <translation>
            <numerusform>选中 %1 中的 &lt;a href=&quot;#pods&quot;&gt;%n 个 Pod&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>An IP block selects addresses, not pods</source>
        <translation>IP 块选择的是地址，而不是 Pod</translation>
    </message>
    <message numerus="yes">
        <source>%n pod(s)</source>
        <translation>
            <numerusform>%n 个 Pod</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ps::KubernetesPolicyView</name>
    <message>
        <source>YAML</source>
        <translation>YAML</translation>
    </message>
    <message>
        <source>As Calico policy</source>
        <translation>作为 Calico 策略</translation>
    </message>
    <message>
        <source>A Kubernetes NetworkPolicy: edit it in the form (every change is undoable; a save writes only what changed). Calico enforces it as the converted NetworkPolicy of the last tab.</source>
        <translation>Kubernetes NetworkPolicy：请在表单中编辑（每处修改都可撤销；保存时只写入改动的部分）。Calico 将其作为最后一个标签页中转换后的 NetworkPolicy 来执行。</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>表单</translation>
    </message>
</context>
<context>
    <name>ps::MainWindow</name>
    <message>
        <source>Policy Studio</source>
        <translation>Policy Studio</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open File…</source>
        <translation>打开文件(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>打开文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Policy Studio</source>
        <translation>关于 Policy Studio(&amp;A)</translation>
    </message>
    <message>
        <source>About Policy Studio</source>
        <translation>关于 Policy Studio</translation>
    </message>
    <message>
        <source>YAML and JSON (*.yaml *.yml *.json);;All files (*)</source>
        <translation>YAML 和 JSON (*.yaml *.yml *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Analysing…</source>
        <translation>正在分析…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Filter policies, tiers, sets…</source>
        <translation>筛选策略、层级、集合…</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>工作区</translation>
    </message>
    <message>
        <source>Filter namespaces, pods, labels…</source>
        <translation>筛选命名空间、Pod、标签…</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>清单</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Rule chain</source>
        <translation>规则链</translation>
    </message>
    <message>
        <source>Trace</source>
        <translation>追踪</translation>
    </message>
    <message>
        <source>Dataplane</source>
        <translation>数据平面</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Why is this denied?…</source>
        <translation>为什么被拒绝？…</translation>
    </message>
    <message>
        <source>Trace from here</source>
        <translation>从这里追踪</translation>
    </message>
    <message>
        <source>Show rule chain</source>
        <translation>显示规则链</translation>
    </message>
    <message>
        <source>&amp;New Policy…</source>
        <translation>新建策略(&amp;N)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>&amp;Expand All Policies</source>
        <translation>展开所有策略(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Collapse All Policies</source>
        <translation>折叠所有策略(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>重置布局(&amp;R)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>问题（%1）</translation>
    </message>
    <message numerus="yes">
        <source>%n policies</source>
        <translation>
            <numerusform>%n 个策略</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pods</source>
        <translation>
            <numerusform>%n 个 Pod</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n namespaces</source>
        <translation>
            <numerusform>%n 个命名空间</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n errors</source>
        <translation>
            <numerusform>%n 个错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation>
            <numerusform>%n 个警告</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 is not an editable Calico policy</source>
        <translation>%1 %2 不是可编辑的 Calico 策略</translation>
    </message>
    <message>
        <source>Save Workspace As</source>
        <translation>工作区另存为</translation>
    </message>
    <message>
        <source>YAML (*.yaml *.yml);;JSON (*.json)</source>
        <translation>YAML (*.yaml *.yml);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>已导出 %1</translation>
    </message>
    <message>
        <source>Export YAML</source>
        <translation>导出 YAML</translation>
    </message>
    <message>
        <source>YAML (*.yaml *.yml)</source>
        <translation>YAML (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them?</source>
        <translation>%1 有未保存的更改。是否保存？</translation>
    </message>
    <message>
        <source>Open Policy Files</source>
        <translation>打开策略文件</translation>
    </message>
    <message>
        <source>Open a Folder of Policies</source>
        <translation>打开策略文件夹</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>清除菜单(&amp;C)</translation>
    </message>
    <message>
        <source>Recover Unsaved Work</source>
        <translation>恢复未保存的工作</translation>
    </message>
    <message>
        <source>Policy Studio did not shut down cleanly. Unsaved changes to %1 from %2 were kept.</source>
        <translation>Policy Studio 上次未正常关闭。已保留 %2 时对 %1 所做的未保存更改。</translation>
    </message>
    <message>
        <source>a workspace</source>
        <translation>一个工作区</translation>
    </message>
    <message>
        <source>Restore them? Discarded changes cannot be recovered.</source>
        <translation>是否恢复？被丢弃的更改将无法找回。</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>丢弃(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>The language changes the next time Policy Studio starts.</source>
        <translation>语言将在下次启动 Policy Studio 时更改。</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Policy Studio %1&lt;/h3&gt;&lt;p&gt;Understand and edit Calico network policy: tiers and policies in evaluation order, rule chains, traces and the dataplane Felix would program.&lt;/p&gt;&lt;p&gt;Licensed under the Apache License, version 2.0.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (LGPL 3) and libyaml %3 (MIT).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Policy Studio %1&lt;/h3&gt;&lt;p&gt;理解和编辑 Calico 网络策略：按评估顺序排列的层级和策略、规则链、追踪，以及 Felix 将下发的数据平面。&lt;/p&gt;&lt;p&gt;基于 Apache 许可证 2.0 版授权。&lt;/p&gt;&lt;p&gt;使用 Qt %2（LGPL 3）和 libyaml %3（MIT）构建。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Could not add %1 to the desktop&apos;s recent files: %2</source>
        <translation>无法将 %1 添加到桌面的最近使用文件：%2</translation>
    </message>
    <message>
        <source>&amp;Close Tab</source>
        <translation>关闭标签页(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Delete Policy…</source>
        <translation>删除策略(&amp;D)…</translation>
    </message>
    <message>
        <source>Policy Studio &amp;Guide</source>
        <translation>Policy Studio 指南(&amp;G)</translation>
    </message>
    <message>
        <source>Select the policies to delete in the workspace tree.</source>
        <translation>请在工作区树中选择要删除的策略。</translation>
    </message>
    <message>
        <source>Delete the policy %1?</source>
        <translation>删除策略 %1？</translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n policies?</source>
        <translation>
            <numerusform>删除这 %n 个策略？</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Policy</source>
        <translation>删除策略</translation>
    </message>
    <message>
        <source>Edit ▸ Undo brings them back.</source>
        <translation>编辑 ▸ 撤销可以恢复它们。</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n policies — Edit ▸ Undo brings them back.</source>
        <translation>
            <numerusform>已删除 %n 个策略 — 编辑 ▸ 撤销可以恢复它们。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>复制(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>重新加载(&amp;R)</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>比较(&amp;M)</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>忽略</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <source>Reloading discards your unsaved changes. Reload anyway?</source>
        <translation>重新加载会丢弃您未保存的更改。仍要重新加载吗？</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>未保存。</translation>
    </message>
    <message>
        <source>Files Changed on Disk</source>
        <translation>磁盘上的文件已更改</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) changed on disk since Policy Studio read them: %1</source>
        <translation>
            <numerusform>自 Policy Studio 读取以来，磁盘上有 %n 个文件已更改：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving now would overwrite those changes.</source>
        <translation>现在保存会覆盖这些更改。</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>覆盖(&amp;O)</translation>
    </message>
    <message>
        <source>Compare with Disk</source>
        <translation>与磁盘比较</translation>
    </message>
    <message>
        <source>Lines starting with - are on disk; lines starting with + are what saving writes.</source>
        <translation>以 - 开头的行是磁盘上的内容；以 + 开头的行是保存时将写入的内容。</translation>
    </message>
    <message>
        <source>The files on disk hold what saving would write.</source>
        <translation>磁盘上的文件与保存时将写入的内容相同。</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) changed on disk: %1</source>
        <translation>
            <numerusform>磁盘上有 %n 个文件已更改：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>All Policies for &amp;calicoctl…</source>
        <translation>所有策略，用于 calicoctl(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Selected Policies for calicoctl…</source>
        <translation>所选策略，用于 calicoctl(&amp;S)…</translation>
    </message>
    <message>
        <source>Select the policies to export in the workspace tree.</source>
        <translation>请在工作区树中选择要导出的策略。</translation>
    </message>
    <message>
        <source>Kubernetes Policies for &amp;kubectl…</source>
        <translation>Kubernetes 策略，用于 kubectl(&amp;K)…</translation>
    </message>
    <message>
        <source>The Whole &amp;Workspace as YAML…</source>
        <translation>整个工作区为 YAML(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Export for calicoctl…</source>
        <translation>导出，用于 calicoctl(&amp;E)…</translation>
    </message>
    <message>
        <source>There is no Kubernetes NetworkPolicy to export.</source>
        <translation>没有可导出的 Kubernetes NetworkPolicy。</translation>
    </message>
    <message>
        <source>There is no Calico policy to export.</source>
        <translation>没有可导出的 Calico 策略。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n resource(s) to %1</source>
        <translation>
            <numerusform>已将 %n 个资源导出到 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n policy(ies) of other kinds not written: %1)</source>
        <translation>
            <numerusform>（%n 个其他类型的策略未写入：%1）</numerusform>
        </translation>
    </message>
    <message>
        <source>Export for kubectl</source>
        <translation>导出，用于 kubectl</translation>
    </message>
    <message>
        <source>Export for calicoctl</source>
        <translation>导出，用于 calicoctl</translation>
    </message>
    <message>
        <source>Not exported: these policies could not be read as written; fix them first:
%1</source>
        <translation>未导出：这些策略无法按原文读取，请先修正：
%1</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>矩阵</translation>
    </message>
    <message>
        <source>Graph</source>
        <translation>图</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Flow &amp;Graph</source>
        <translation>流量图(&amp;G)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+G</source>
        <translation>Ctrl+Shift+G</translation>
    </message>
    <message>
        <source>The lint&apos;s flow checks (end-of-tier-drop, shadowed-rule, redundant-rule, staged-differs) run here up to %1 policies; run policyctl lint for this workspace&apos;s %2.</source>
        <translation>lint 的流量检查（end-of-tier-drop、shadowed-rule、redundant-rule、staged-differs）在此处仅在策略数不超过 %1 时运行；此工作区有 %2 个策略，请运行 policyctl lint。</translation>
    </message>
    <message>
        <source>The Calico release the workspace is read, validated and evaluated for (Edit ▸ Calico Version)</source>
        <translation>读取、校验和评估工作区时所依据的 Calico 版本（编辑 ▸ Calico 版本）</translation>
    </message>
    <message>
        <source>Flows</source>
        <translation>流量</translation>
    </message>
    <message>
        <source>&amp;Push…</source>
        <translation>推送(&amp;P)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Send the workspace to a node agent or to Calico&apos;s etcd datastore</source>
        <translation>将工作区发送到节点代理或 Calico 的 etcd 数据存储</translation>
    </message>
    <message>
        <source>Calico &amp;Version</source>
        <translation>Calico 版本(&amp;V)</translation>
    </message>
    <message>
        <source>Calico %1</source>
        <translation>Calico %1</translation>
    </message>
    <message>
        <source>&amp;Migrate to ClusterNetworkPolicy…</source>
        <translation>迁移到 ClusterNetworkPolicy(&amp;M)…</translation>
    </message>
    <message>
        <source>Set Calico Version %1</source>
        <translation>设置 Calico 版本 %1</translation>
    </message>
    <message>
        <source>The workspace has no AdminNetworkPolicy or BaselineAdminNetworkPolicy to migrate.</source>
        <translation>工作区中没有可迁移的 AdminNetworkPolicy 或 BaselineAdminNetworkPolicy。</translation>
    </message>
    <message>
        <source>Migrate to ClusterNetworkPolicy</source>
        <translation>迁移到 ClusterNetworkPolicy</translation>
    </message>
    <message>
        <source>Migrated to ClusterNetworkPolicy; the workspace is evaluated as Calico %1 now.</source>
        <translation>已迁移到 ClusterNetworkPolicy；工作区现在按 Calico %1 评估。</translation>
    </message>
    <message>
        <source>Open from C&amp;luster…</source>
        <translation>从集群打开(&amp;L)…</translation>
    </message>
    <message>
        <source>Cancel Opening</source>
        <translation>取消打开</translation>
    </message>
    <message>
        <source>Stop opening; the workspace stays as it was</source>
        <translation>停止打开；工作区保持原样</translation>
    </message>
    <message>
        <source>Opening cancelled: the workspace is as it was.</source>
        <translation>已取消打开：工作区保持原样。</translation>
    </message>
    <message>
        <source>Opening: parsing %1 of %2 (%3%)…</source>
        <translation>正在打开：已解析 %1，共 %2（%3%）…</translation>
    </message>
    <message>
        <source>Opening: reading files, %1 so far…</source>
        <translation>正在打开：正在读取文件，已读 %1…</translation>
    </message>
    <message>
        <source>Autosave failed: %1 — your edits are not safe until you save.</source>
        <translation>自动保存失败：%1 — 在您保存之前，所做的编辑并不安全。</translation>
    </message>
    <message>
        <source>Kubernetes NetworkPolicy %1</source>
        <translation>Kubernetes NetworkPolicy %1</translation>
    </message>
</context>
<context>
    <name>ps::MatrixModel</name>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>允许</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>partly allowed</source>
        <translation>部分允许</translation>
    </message>
    <message>
        <source>%1: %2 (%3 of %4 endpoint pairs allowed) — activate to trace</source>
        <translation>%1：%2（%4 个端点对中 %3 个允许）— 激活即可追踪</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>来自 %1</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>发往 %1</translation>
    </message>
</context>
<context>
    <name>ps::MatrixPanel</name>
    <message>
        <source>Co&amp;mpute</source>
        <translation>计算(&amp;M)</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>Filter groups…</source>
        <translation>筛选分组…</translation>
    </message>
    <message>
        <source>Connectivity matrix</source>
        <translation>连通性矩阵</translation>
    </message>
    <message>
        <source>Which groups of endpoints may open connections to which: rows are sources, columns destinations.</source>
        <translation>哪些端点分组可以向哪些分组发起连接：行是来源，列是目标。</translation>
    </message>
    <message>
        <source>Computing the matrix…</source>
        <translation>正在计算矩阵…</translation>
    </message>
    <message>
        <source>More than %1 groups by %2: choose a coarser grouping (namespace or service account), or use policyctl matrix for the whole table.</source>
        <translation>按%2分组超过 %1 个：请选择更粗的分组（命名空间或服务账户），或用 policyctl matrix 获取完整表格。</translation>
    </message>
    <message>
        <source>%1 groups, %2 endpoint classes; %3 of %4 cells allowed (✓ allowed, ✗ denied, ◐ some pairs allowed). Activate a cell to trace it.</source>
        <translation>%1 个分组，%2 个端点类；%4 个单元格中 %3 个允许（✓ 允许，✗ 拒绝，◐ 部分端点对允许）。激活单元格即可追踪。</translation>
    </message>
    <message>
        <source>Export Matrix</source>
        <translation>导出矩阵</translation>
    </message>
    <message>
        <source>CSV (*.csv);;Markdown (*.md);;JSON (*.json);;Graphviz DOT (*.dot);;Text (*.txt)</source>
        <translation>CSV (*.csv);;Markdown (*.md);;JSON (*.json);;Graphviz DOT (*.dot);;文本 (*.txt)</translation>
    </message>
</context>
<context>
    <name>ps::MigrationDialog</name>
    <message>
        <source>&amp;Apply Migration</source>
        <translation>应用迁移(&amp;A)</translation>
    </message>
    <message>
        <source>Migrate to ClusterNetworkPolicy</source>
        <translation>迁移到 ClusterNetworkPolicy</translation>
    </message>
    <message numerus="yes">
        <source>Calico 3.32 enforces ClusterNetworkPolicy and no longer AdminNetworkPolicy or BaselineAdminNetworkPolicy. This rewrites the %n admin policy(ies) of the workspace and proves the result: the workspace as the release below evaluates it is compared, flow by flow, with the migrated one as Calico 3.32 evaluates it.</source>
        <translation>
            <numerusform>Calico 3.32 执行 ClusterNetworkPolicy，不再执行 AdminNetworkPolicy 或 BaselineAdminNetworkPolicy。此操作会重写工作区中的 %n 个管理策略并证明结果：按下方所选版本评估的工作区，与按 Calico 3.32 评估的迁移后工作区逐个流量进行比较。</numerusform>
        </translation>
    </message>
    <message>
        <source>Migrate &amp;from Calico:</source>
        <translation>迁移自 Calico(&amp;F)：</translation>
    </message>
    <message>
        <source>Migration report</source>
        <translation>迁移报告</translation>
    </message>
    <message>
        <source>Replace the admin policies in the workspace by their ClusterNetworkPolicies (undoable) and evaluate it as Calico 3.32</source>
        <translation>用对应的 ClusterNetworkPolicy 替换工作区中的管理策略（可撤销），并按 Calico 3.32 评估工作区</translation>
    </message>
    <message>
        <source>Rewriting and comparing every flow…</source>
        <translation>正在重写并比较每个流量…</translation>
    </message>
    <message numerus="yes">
        <source>Equivalent: %n policy(ies) rewritten; no flow changes its verdict.</source>
        <translation>
            <numerusform>等价：已重写 %n 个策略；没有流量的判定发生变化。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not equivalent: some policies cannot be rewritten (they stay as they are); see below.</source>
        <translation>不等价：部分策略无法重写（保持原样）；见下文。</translation>
    </message>
    <message>
        <source>Not proved: the workspace has no endpoints to compare flows between. Open it with its pods and namespaces.</source>
        <translation>未证明：工作区中没有可在其间比较流量的端点。请连同其 Pod 和命名空间一起打开。</translation>
    </message>
    <message numerus="yes">
        <source>Not equivalent: %n flow(s) change their verdict; see below which rules decide them.</source>
        <translation>
            <numerusform>不等价：%n 个流量的判定发生变化；下文列出了判定它们的规则。</numerusform>
        </translation>
    </message>
    <message>
        <source>The migration is not proved equivalent: %1

Apply it anyway? (Edit ▸ Undo takes it back.)</source>
        <translation>迁移未被证明等价：%1

仍要应用吗？（编辑 ▸ 撤销可以还原。）</translation>
    </message>
</context>
<context>
    <name>ps::NewPolicyDialog</name>
    <message>
        <source>Name&amp;space:</source>
        <translation>命名空间(&amp;S)：</translation>
    </message>
    <message>
        <source>New tier&apos;s &amp;order:</source>
        <translation>新层级的顺序(&amp;O)：</translation>
    </message>
    <message>
        <source>New Policy</source>
        <translation>新建策略</translation>
    </message>
    <message>
        <source>e.g. allow-frontend</source>
        <translation>例如 allow-frontend</translation>
    </message>
    <message>
        <source>Type a name that is not listed to create a new tier.</source>
        <translation>输入一个未列出的名称即可创建新层级。</translation>
    </message>
    <message>
        <source>e.g. 100 (lower is evaluated first)</source>
        <translation>例如 100（越小越先评估）</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation>层级(&amp;T)：</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>请输入名称。</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>名称：%1</translation>
    </message>
    <message>
        <source>Namespace: %1</source>
        <translation>命名空间：%1</translation>
    </message>
    <message>
        <source>A %1 named %2 exists already.</source>
        <translation>名为 %2 的 %1 已存在。</translation>
    </message>
    <message>
        <source>A %1 named %2 exists in %3 already.</source>
        <translation>%3 中已存在名为 %2 的 %1。</translation>
    </message>
    <message>
        <source>Choose a tier.</source>
        <translation>请选择层级。</translation>
    </message>
    <message>
        <source>Tier: %1</source>
        <translation>层级：%1</translation>
    </message>
    <message>
        <source>Give the new tier %1 an order (a number; lower is evaluated first).</source>
        <translation>请为新层级 %1 指定顺序（一个数字；越小越先评估）。</translation>
    </message>
</context>
<context>
    <name>ps::PolicyEditor</name>
    <message>
        <source>Form</source>
        <translation>表单</translation>
    </message>
    <message>
        <source>YAML</source>
        <translation>YAML</translation>
    </message>
    <message>
        <source>Edit %1 as YAML</source>
        <translation>以 YAML 编辑 %1</translation>
    </message>
</context>
<context>
    <name>ps::PolicyForm</name>
    <message>
        <source>Namespace:</source>
        <translation>命名空间：</translation>
    </message>
    <message>
        <source>Namespace selector:</source>
        <translation>命名空间选择器：</translation>
    </message>
    <message>
        <source>Ingress</source>
        <translation>入站</translation>
    </message>
    <message>
        <source>Egress</source>
        <translation>出站</translation>
    </message>
    <message>
        <source>Do not track</source>
        <translation>不跟踪（doNotTrack）</translation>
    </message>
    <message>
        <source>Pre-DNAT</source>
        <translation>DNAT 前（preDNAT）</translation>
    </message>
    <message>
        <source>Apply on forward</source>
        <translation>应用于转发（applyOnForward）</translation>
    </message>
    <message>
        <source>Host endpoint flags:</source>
        <translation>主机端点选项：</translation>
    </message>
    <message>
        <source>Select a rule to edit it, or add one.</source>
        <translation>选择一条规则进行编辑，或添加一条规则。</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>元数据</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Labels:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <source>Annotations:</source>
        <translation>注解：</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>策略</translation>
    </message>
    <message>
        <source>Tier:</source>
        <translation>层级：</translation>
    </message>
    <message>
        <source>none (evaluated last in its tier)</source>
        <translation>无（在其层级中最后评估）</translation>
    </message>
    <message>
        <source>Order:</source>
        <translation>顺序：</translation>
    </message>
    <message>
        <source>all() when empty</source>
        <translation>为空时为 all()</translation>
    </message>
    <message>
        <source>Selector:</source>
        <translation>选择器：</translation>
    </message>
    <message>
        <source>The endpoints this policy applies to</source>
        <translation>此策略适用的端点</translation>
    </message>
    <message>
        <source>Types:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Ingress rules</source>
        <translation>入站规则</translation>
    </message>
    <message>
        <source>Egress rules</source>
        <translation>出站规则</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Add a rule after the selected one</source>
        <translation>在所选规则之后添加一条规则</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove the selected rule</source>
        <translation>移除所选规则</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Insert a copy of the selected rule</source>
        <translation>插入所选规则的副本</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Selects nothing: a selector does not parse</source>
        <translation>不选择任何对象：有选择器无法解析</translation>
    </message>
    <message>
        <source>Selects nothing: %1</source>
        <translation>不选择任何对象：%1</translation>
    </message>
    <message>
        <source>Selects no endpoint in the inventory</source>
        <translation>未选择清单中的任何端点</translation>
    </message>
    <message>
        <source>Endpoints selected: %1</source>
        <translation>已选择的端点：%1</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>不是数字</translation>
    </message>
    <message>
        <source>Ingress rule %1</source>
        <translation>入站规则 %1</translation>
    </message>
    <message>
        <source>Egress rule %1</source>
        <translation>出站规则 %1</translation>
    </message>
    <message>
        <source>Add ingress rule</source>
        <translation>添加入站规则</translation>
    </message>
    <message>
        <source>Add egress rule</source>
        <translation>添加出站规则</translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation>移除规则</translation>
    </message>
    <message>
        <source>Duplicate rule</source>
        <translation>复制规则</translation>
    </message>
    <message>
        <source>Move rule</source>
        <translation>移动规则</translation>
    </message>
    <message>
        <source>Account selector:</source>
        <translation>账号选择器：</translation>
    </message>
    <message>
        <source>service accounts by their labels</source>
        <translation>按标签选择服务账号</translation>
    </message>
    <message>
        <source>Edit labels of %1</source>
        <translation>编辑 %1 的标签</translation>
    </message>
    <message>
        <source>Edit annotations of %1</source>
        <translation>编辑 %1 的注解</translation>
    </message>
    <message>
        <source>tier %1</source>
        <translation>层级 %1</translation>
    </message>
    <message>
        <source>types %1 (from the rules)</source>
        <translation>types %1（由规则推断）</translation>
    </message>
    <message>
        <source>staged action %1</source>
        <translation>暂存动作 %1</translation>
    </message>
    <message>
        <source>Calico&apos;s defaults, not written: %1</source>
        <translation>Calico 的默认值，未写出：%1</translation>
    </message>
    <message>
        <source>Not written: Calico infers the types from the rules (Egress when there are egress rules, Ingress when there are ingress rules or no egress rules)</source>
        <translation>未写出：Calico 根据规则推断 types（有出站规则时为 Egress，有入站规则或没有出站规则时为 Ingress）</translation>
    </message>
    <message>
        <source>Move the selected rule up (Alt+Up): rules are matched in order</source>
        <translation>将所选规则上移（Alt+Up）：规则按顺序匹配</translation>
    </message>
    <message>
        <source>Move the selected rule down (Alt+Down): rules are matched in order</source>
        <translation>将所选规则下移（Alt+Down）：规则按顺序匹配</translation>
    </message>
</context>
<context>
    <name>ps::ProbeOptions</name>
    <message>
        <source>&amp;By:</source>
        <translation>分组(&amp;B)：</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>命名空间</translation>
    </message>
    <message>
        <source>Service account</source>
        <translation>服务账号</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>工作负载</translation>
    </message>
    <message>
        <source>Pod</source>
        <translation>Pod</translation>
    </message>
    <message>
        <source>Pro&amp;tocol:</source>
        <translation>协议(&amp;T)：</translation>
    </message>
    <message>
        <source>any</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>Po&amp;rt:</source>
        <translation>端口(&amp;R)：</translation>
    </message>
    <message>
        <source>Destination port, 0 to 65535; empty for any</source>
        <translation>目标端口，0 到 65535；留空表示任意</translation>
    </message>
    <message>
        <source>The port must be a whole number from 0 to 65535.</source>
        <translation>端口必须是 0 到 65535 之间的整数。</translation>
    </message>
    <message>
        <source>A port needs a protocol with ports (TCP, UDP, SCTP, UDPLite).</source>
        <translation>端口需要一个带端口的协议（TCP、UDP、SCTP、UDPLite）。</translation>
    </message>
</context>
<context>
    <name>ps::ProblemsModel</name>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重性</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>See also:</source>
        <translation>另请参阅：</translation>
    </message>
</context>
<context>
    <name>ps::PullDialog</name>
    <message>
        <source>Choose a Folder</source>
        <translation>选择文件夹</translation>
    </message>
    <message>
        <source>Choose a File</source>
        <translation>选择文件</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) could not be read; nothing was written:
%1</source>
        <translation>
            <numerusform>%n 个对象无法读取；未写入任何内容：
%1</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Pull</source>
        <translation>拉取(&amp;P)</translation>
    </message>
    <message>
        <source>Open from Cluster</source>
        <translation>从集群打开</translation>
    </message>
    <message>
        <source>Read what a cluster runs — its namespaces, pods, service accounts, services, nodes and every Calico policy, network set and host endpoint — into a new workspace folder, and open it.</source>
        <translation>将集群正在运行的内容 — 其命名空间、Pod、服务账号、服务、节点以及所有 Calico 策略、网络集和主机端点 — 读取到一个新的工作区文件夹中，并将其打开。</translation>
    </message>
    <message>
        <source>the file&apos;s current context</source>
        <translation>文件的当前上下文</translation>
    </message>
    <message>
        <source>&amp;Kubeconfig:</source>
        <translation>Kubeconfig(&amp;K)：</translation>
    </message>
    <message>
        <source>Con&amp;text:</source>
        <translation>上下文(&amp;T)：</translation>
    </message>
    <message>
        <source>CA bundle (default: the system&apos;s CAs)</source>
        <translation>CA 证书包（默认：系统的 CA）</translation>
    </message>
    <message>
        <source>client certificate, when etcd asks for one</source>
        <translation>客户端证书，etcd 要求时提供</translation>
    </message>
    <message>
        <source>its key</source>
        <translation>其密钥</translation>
    </message>
    <message>
        <source>none: etcd without authentication</source>
        <translation>无：etcd 未启用认证</translation>
    </message>
    <message>
        <source>not remembered</source>
        <translation>不会被记住</translation>
    </message>
    <message>
        <source>&amp;Endpoints:</source>
        <translation>端点(&amp;E)：</translation>
    </message>
    <message>
        <source>C&amp;A file:</source>
        <translation>CA 文件(&amp;A)：</translation>
    </message>
    <message>
        <source>Client ce&amp;rtificate:</source>
        <translation>客户端证书(&amp;R)：</translation>
    </message>
    <message>
        <source>Client &amp;key:</source>
        <translation>客户端密钥(&amp;K)：</translation>
    </message>
    <message>
        <source>U&amp;ser:</source>
        <translation>用户(&amp;S)：</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>Kubernetes &amp;API</source>
        <translation>Kubernetes API(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;etcd datastore</source>
        <translation>etcd 数据存储(&amp;E)</translation>
    </message>
    <message>
        <source>The Calico release the cluster runs</source>
        <translation>集群运行的 Calico 版本</translation>
    </message>
    <message>
        <source>a new or empty folder for the workspace</source>
        <translation>用于工作区的新文件夹或空文件夹</translation>
    </message>
    <message>
        <source>Calico &amp;version:</source>
        <translation>Calico 版本(&amp;V)：</translation>
    </message>
    <message>
        <source>Into &amp;folder:</source>
        <translation>目标文件夹(&amp;F)：</translation>
    </message>
    <message>
        <source>Choose the folder the workspace is written to.</source>
        <translation>请选择工作区要写入的文件夹。</translation>
    </message>
    <message>
        <source>%1 is not empty: choose a new or empty folder.</source>
        <translation>%1 不为空：请选择新的或空的文件夹。</translation>
    </message>
    <message>
        <source>Reading the cluster…</source>
        <translation>正在读取集群…</translation>
    </message>
    <message>
        <source>Give etcd&apos;s client URL, such as https://10.0.0.1:2379.</source>
        <translation>请提供 etcd 的客户端 URL，例如 https://10.0.0.1:2379。</translation>
    </message>
    <message>
        <source>Reading etcd…</source>
        <translation>正在读取 etcd…</translation>
    </message>
    <message>
        <source>Nothing was opened: %1</source>
        <translation>未打开任何内容：%1</translation>
    </message>
</context>
<context>
    <name>ps::PushDialog</name>
    <message>
        <source>create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>未更改</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>已应用</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>已计划</translation>
    </message>
    <message>
        <source>not applied</source>
        <translation>未应用</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>计划(&amp;P)</translation>
    </message>
    <message>
        <source>P&amp;ush…</source>
        <translation>推送(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Roll Back…</source>
        <translation>回滚(&amp;R)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Push</source>
        <translation>推送</translation>
    </message>
    <message>
        <source>Send the workspace as it is edited (%1, %2) to where it is enforced. Plan shows what would change without writing anything; Push applies it as one transaction.</source>
        <translation>将编辑后的工作区（%1，%2）发送到执行它的地方。“计划”显示将会改变的内容，不写入任何东西；“推送”将其作为一个事务应用。</translation>
    </message>
    <message numerus="yes">
        <source>%n policies</source>
        <translation>
            <numerusform>%n 个策略</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n host endpoints</source>
        <translation>
            <numerusform>%n 个主机端点</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Node agent</source>
        <translation>节点代理(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;etcd datastore</source>
        <translation>etcd 数据存储(&amp;E)</translation>
    </message>
    <message>
        <source>Ask the target what the push would change; nothing is written</source>
        <translation>询问目标推送将改变什么；不会写入任何内容</translation>
    </message>
    <message>
        <source>Plan, confirm, then apply the plan as one transaction</source>
        <translation>先计划并确认，再将计划作为一个事务应用</translation>
    </message>
    <message>
        <source>Node agent: apply again the workspace the node held before the last push. etcd: put back what the last push replaced (from its rollback file), guarded like a push</source>
        <translation>节点代理：重新应用节点在上次推送之前的工作区。etcd：恢复上次推送所替换的内容（来自其回滚文件），与推送一样受冲突保护</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>动作</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Push report</source>
        <translation>推送报告</translation>
    </message>
    <message>
        <source>The plan and the result, as policyctl push prints them.</source>
        <translation>计划和结果，与 policyctl push 的输出相同。</translation>
    </message>
    <message numerus="yes">
        <source>The workspace has %n error(s): the resources in error are pushed as the target reads them, or refused by it.</source>
        <translation>
            <numerusform>工作区有 %n 个错误：有错误的资源将按目标读取它们的方式推送，或被目标拒绝。</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>Choose a File</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>the node the agent serves (checked first)</source>
        <translation>代理所服务的节点（会先检查）</translation>
    </message>
    <message>
        <source>the agent&apos;s token file (mode 0600)</source>
        <translation>代理的令牌文件（权限 0600）</translation>
    </message>
    <message>
        <source>the agent&apos;s cert.pem (default: the system&apos;s CAs)</source>
        <translation>代理的 cert.pem（默认：系统的 CA）</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>URL(&amp;U)：</translation>
    </message>
    <message>
        <source>N&amp;ode:</source>
        <translation>节点(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Token file:</source>
        <translation>令牌文件(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>CA 文件(&amp;C)：</translation>
    </message>
    <message>
        <source>etcd&apos;s client URLs, separated by commas, tried in order</source>
        <translation>etcd 的客户端 URL，以逗号分隔，按顺序尝试</translation>
    </message>
    <message>
        <source>CA bundle (default: the system&apos;s CAs)</source>
        <translation>CA 证书包（默认：系统的 CA）</translation>
    </message>
    <message>
        <source>client certificate, when etcd asks for one</source>
        <translation>客户端证书，etcd 要求时提供</translation>
    </message>
    <message>
        <source>its key</source>
        <translation>其密钥</translation>
    </message>
    <message>
        <source>none: etcd without authentication</source>
        <translation>无：etcd 未启用认证</translation>
    </message>
    <message>
        <source>The name this push marks what it writes with (annotation policy-studio.io/stack)</source>
        <translation>此次推送用来标记其写入内容的名称（注解 policy-studio.io/stack）</translation>
    </message>
    <message>
        <source>Delete what this stack wrote before that the workspace no longer has (&amp;prune)</source>
        <translation>删除此栈先前写入、但工作区中已不再有的对象（prune）(&amp;P)</translation>
    </message>
    <message>
        <source>Overwrite stored objects this stack did not write (calicoctl&apos;s, another stack&apos;s) (&amp;adopt)</source>
        <translation>覆盖不是此栈写入的已存储对象（calicoctl 或其他栈写入的）（adopt）(&amp;A)</translation>
    </message>
    <message>
        <source>where the push keeps what it replaced</source>
        <translation>推送保存其所替换内容的位置</translation>
    </message>
    <message>
        <source>Where a push keeps what it replaced, for Roll Back</source>
        <translation>推送保存其所替换内容的位置，供回滚使用</translation>
    </message>
    <message>
        <source>&amp;Endpoints:</source>
        <translation>端点(&amp;E)：</translation>
    </message>
    <message>
        <source>C&amp;A file:</source>
        <translation>CA 文件(&amp;A)：</translation>
    </message>
    <message>
        <source>Client ce&amp;rtificate:</source>
        <translation>客户端证书(&amp;R)：</translation>
    </message>
    <message>
        <source>Client &amp;key:</source>
        <translation>客户端密钥(&amp;K)：</translation>
    </message>
    <message>
        <source>U&amp;ser:</source>
        <translation>用户(&amp;S)：</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>S&amp;tack:</source>
        <translation>栈(&amp;T)：</translation>
    </message>
    <message>
        <source>Rollback &amp;file:</source>
        <translation>回滚文件(&amp;F)：</translation>
    </message>
    <message>
        <source>The agent&apos;s URL must start with https:// (the agent serves HTTPS only).</source>
        <translation>代理的 URL 必须以 https:// 开头（代理只提供 HTTPS）。</translation>
    </message>
    <message>
        <source>Choose the agent&apos;s token file (policy-agent init writes it).</source>
        <translation>请选择代理的令牌文件（由 policy-agent init 写入）。</translation>
    </message>
    <message>
        <source>“%1” is not an etcd client URL: write http://HOST:PORT or https://HOST:PORT.</source>
        <translation>“%1”不是 etcd 客户端 URL：请写成 http://HOST:PORT 或 https://HOST:PORT。</translation>
    </message>
    <message>
        <source>Give etcd&apos;s client URL, such as https://10.0.0.1:2379.</source>
        <translation>请提供 etcd 的客户端 URL，例如 https://10.0.0.1:2379。</translation>
    </message>
    <message>
        <source>A client certificate needs its key, and a key its certificate.</source>
        <translation>客户端证书需要其密钥，密钥也需要其证书。</translation>
    </message>
    <message>
        <source>Give the password of etcd user “%1”.</source>
        <translation>请提供 etcd 用户“%1”的密码。</translation>
    </message>
    <message>
        <source>Name the stack this push marks what it writes with.</source>
        <translation>请为此次推送用来标记其写入内容的栈命名。</translation>
    </message>
    <message>
        <source>Push to %1?

%2</source>
        <translation>推送到 %1？

%2</translation>
    </message>
    <message numerus="yes">
        <source>The workspace has %n error(s).</source>
        <translation>
            <numerusform>工作区有 %n 个错误。</numerusform>
        </translation>
    </message>
    <message>
        <source>Ask the agent at %1 to apply again the workspace it held before its last push?</source>
        <translation>要求 %1 处的代理重新应用它在上次推送之前的工作区吗？</translation>
    </message>
    <message>
        <source>Roll Back</source>
        <translation>回滚</translation>
    </message>
    <message>
        <source>Rolling back on the node…</source>
        <translation>正在节点上回滚…</translation>
    </message>
    <message>
        <source>Plan first: the push applies the plan you have seen.</source>
        <translation>请先计划：推送应用的是您看过的计划。</translation>
    </message>
    <message>
        <source>Nothing to push: node %1 holds this workspace already.</source>
        <translation>无需推送：节点 %1 已包含此工作区。</translation>
    </message>
    <message>
        <source>node %1 at %2</source>
        <translation>%2 处的节点 %1</translation>
    </message>
    <message>
        <source>%1 to create, %2 to update, %3 to delete; %4 rules and %5 IP sets after.</source>
        <translation>创建 %1 个，更新 %2 个，删除 %3 个；之后共有 %4 条规则、%5 个 IP 集合。</translation>
    </message>
    <message>
        <source>Asking the agent for its plan…</source>
        <translation>正在向代理请求计划…</translation>
    </message>
    <message>
        <source>Applying on the node…</source>
        <translation>正在节点上应用…</translation>
    </message>
    <message>
        <source>Choose the rollback file the push wrote.</source>
        <translation>请选择推送写入的回滚文件。</translation>
    </message>
    <message numerus="yes">
        <source>Put back the %n key(s) the push at %1 (revision %2) replaced?</source>
        <translation>
            <numerusform>恢复 %1 那次推送（修订版本 %2）所替换的 %n 个键吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>Restoring what the push replaced…</source>
        <translation>正在恢复推送所替换的内容…</translation>
    </message>
    <message>
        <source>The plan overwrites objects this stack did not write: tick “adopt” and plan again, or leave them out of the workspace.</source>
        <translation>该计划会覆盖不是此栈写入的对象：请勾选“adopt”后重新计划，或将它们移出工作区。</translation>
    </message>
    <message>
        <source>Nothing to push: etcd holds this workspace already.</source>
        <translation>无需推送：etcd 已包含此工作区。</translation>
    </message>
    <message>
        <source>etcd at %1 (stack %2)</source>
        <translation>%1 处的 etcd（栈 %2）</translation>
    </message>
    <message numerus="yes">
        <source>%1 to create, %2 to update, %3 to delete; %n flow(s) change verdict.</source>
        <translation>
            <numerusform>创建 %1 个，更新 %2 个，删除 %3 个；%n 个流量的判定发生变化。</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading etcd and planning…</source>
        <translation>正在读取 etcd 并制定计划…</translation>
    </message>
    <message>
        <source>Writing the plan in one transaction…</source>
        <translation>正在以一个事务写入计划…</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n key(s) as they were before the push; etcd is at revision %1 now.</source>
        <translation>
            <numerusform>已将 %n 个键恢复为推送之前的状态；etcd 现在处于修订版本 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Node %1 holds this workspace already: nothing to push.</source>
        <translation>节点 %1 已包含此工作区：无需推送。</translation>
    </message>
    <message numerus="yes">
        <source>The plan for node %1 (generation %2): %n change(s), %3 unchanged. Nothing was applied; Push applies this plan.</source>
        <translation>
            <numerusform>节点 %1 的计划（第 %2 代）：%n 处变更，%3 个未更改。未应用任何内容；“推送”将应用此计划。</numerusform>
        </translation>
    </message>
    <message>
        <source>Applied on node %1: generation %2, %3 rules, %4 IP sets, in %5 ms. %6</source>
        <translation>已在节点 %1 上应用：第 %2 代，%3 条规则，%4 个 IP 集合，用时 %5 毫秒。%6</translation>
    </message>
    <message>
        <source>Nothing was applied: %1</source>
        <translation>未应用任何内容：%1</translation>
    </message>
    <message>
        <source> (adopted)</source>
        <translation> (已接管)</translation>
    </message>
    <message>
        <source>The plan overwrites objects this stack did not write: tick “adopt” to take them over, or leave them out of the workspace.</source>
        <translation>该计划会覆盖不是此栈写入的对象：请勾选“adopt”以接管它们，或将它们移出工作区。</translation>
    </message>
    <message>
        <source>etcd at %1 holds this workspace already: nothing to push.</source>
        <translation>%1 处的 etcd 已包含此工作区：无需推送。</translation>
    </message>
    <message numerus="yes">
        <source>The plan at revision %1: %n change(s); %2 flow(s) change verdict. Nothing was written; Push writes this plan.</source>
        <translation>
            <numerusform>修订版本 %1 的计划：%n 处变更；%2 个流量的判定发生变化。未写入任何内容；“推送”将写入此计划。</numerusform>
        </translation>
    </message>
    <message>
        <source>Written in one transaction (revision %1). Roll Back puts back what it replaced.</source>
        <translation>已在一个事务中写入（修订版本 %1）。“回滚”可恢复它所替换的内容。</translation>
    </message>
    <message>
        <source>Nothing was written: %1</source>
        <translation>未写入任何内容：%1</translation>
    </message>
    <message>
        <source>Wait for the operation under way to finish; nothing is ever left half applied.</source>
        <translation>请等待正在进行的操作完成；任何操作都不会只应用一半。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&amp;Kubernetes API</source>
        <translation>Kubernetes API(&amp;K)</translation>
    </message>
    <message>
        <source>Stop a Kubernetes push before its next change (the rest is not sent; what was applied stays)</source>
        <translation>在下一处变更之前停止 Kubernetes 推送（其余变更不再发送；已应用的保持不变）</translation>
    </message>
    <message>
        <source>The kubeconfig file (default: the first file of $KUBECONFIG, else ~/.kube/config)</source>
        <translation>kubeconfig 文件（默认：$KUBECONFIG 中的第一个文件，否则为 ~/.kube/config）</translation>
    </message>
    <message>
        <source>the file&apos;s current context</source>
        <translation>文件的当前上下文</translation>
    </message>
    <message>
        <source>Delete what this stack wrote before that the workspace no longer has (pr&amp;une)</source>
        <translation>删除此栈先前写入、但工作区中已不再有的对象（prune）(&amp;U)</translation>
    </message>
    <message>
        <source>Update objects this stack did not write (ad&amp;opt)</source>
        <translation>更新不是此栈写入的对象（adopt）(&amp;O)</translation>
    </message>
    <message>
        <source>Take over fields another field manager owns (&amp;force conflicts)</source>
        <translation>接管其他字段管理器拥有的字段（force conflicts）(&amp;F)</translation>
    </message>
    <message>
        <source>Kubernetes has no transactions: every change is first checked by the server (dry run) and nothing is sent if it refuses one; each change carries the version read, so a change made meanwhile is refused, not overwritten.</source>
        <translation>Kubernetes 没有事务：每处变更都先由服务器检查（试运行），只要有一处被拒绝就不发送任何内容；每处变更都带有读取时的版本，因此期间他人所做的修改会导致拒绝，而不会被覆盖。</translation>
    </message>
    <message>
        <source>&amp;Kubeconfig:</source>
        <translation>Kubeconfig(&amp;K)：</translation>
    </message>
    <message>
        <source>Con&amp;text:</source>
        <translation>上下文(&amp;T)：</translation>
    </message>
    <message>
        <source>St&amp;ack:</source>
        <translation>栈(&amp;A)：</translation>
    </message>
    <message>
        <source>A Kubernetes push has no rollback of its own: push the previous workspace again (Git keeps it).</source>
        <translation>Kubernetes 推送本身没有回滚：请再次推送先前的工作区（Git 会保留它）。</translation>
    </message>
    <message>
        <source>The plan updates objects this stack did not write: tick “adopt” and plan again, or leave them out of the workspace.</source>
        <translation>该计划会更新不是此栈写入的对象：请勾选“adopt”后重新计划，或将它们移出工作区。</translation>
    </message>
    <message>
        <source>Nothing to push: the cluster holds this workspace already.</source>
        <translation>无需推送：集群已包含此工作区。</translation>
    </message>
    <message>
        <source>the cluster at %1 (stack %2)</source>
        <translation>%1 处的集群（栈 %2）</translation>
    </message>
    <message>
        <source>Checking every change with the server, then applying…</source>
        <translation>正在由服务器检查每处变更，然后应用…</translation>
    </message>
    <message>
        <source>Reading the cluster and planning…</source>
        <translation>正在读取集群并制定计划…</translation>
    </message>
    <message>
        <source>checked</source>
        <translation>已检查</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>The plan updates objects this stack did not write: tick “adopt” to take them over, or leave them out of the workspace.</source>
        <translation>该计划会更新不是此栈写入的对象：请勾选“adopt”以接管它们，或将它们移出工作区。</translation>
    </message>
    <message>
        <source>The cluster at %1 holds this workspace already: nothing to push.</source>
        <translation>%1 处的集群已包含此工作区：无需推送。</translation>
    </message>
    <message numerus="yes">
        <source>The plan for %1: %n change(s); %2 flow(s) change verdict. Nothing was sent; Push checks every change with the server, then applies them.</source>
        <translation>
            <numerusform>%1 的计划：%n 处变更；%2 个流量的判定发生变化。未发送任何内容；“推送”会先由服务器检查每处变更，然后再应用。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applied: %n change(s) on the cluster.</source>
        <translation>
            <numerusform>已应用：在集群上应用了 %n 处变更。</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped part way: %1 change(s) applied, the rest left as it was: %2</source>
        <translation>中途停止：已应用 %1 处变更，其余保持原样：%2</translation>
    </message>
    <message>
        <source>Re&amp;member (in the keychain)</source>
        <translation>记住（保存在钥匙串中）(&amp;M)</translation>
    </message>
    <message>
        <source>Kept in the desktop&apos;s keychain (GNOME Keyring, KWallet); without one, in %1, which only you can read (mode 0600). Untick to forget it.</source>
        <translation>保存在桌面的钥匙串中（GNOME Keyring、KWallet）；没有钥匙串时保存在只有您可读的 %1 中（权限 0600）。取消勾选即可忘记它。</translation>
    </message>
</context>
<context>
    <name>ps::RecommendDialog</name>
    <message>
        <source>As StagedGlobalNetworkPolicy (&amp;global)</source>
        <translation>作为 StagedGlobalNetworkPolicy（全局）(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Recommend</source>
        <translation>推荐(&amp;R)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&amp;Add to Workspace</source>
        <translation>添加到工作区(&amp;A)</translation>
    </message>
    <message>
        <source>Recommend Policies</source>
        <translation>推荐策略</translation>
    </message>
    <message>
        <source>Staged policies that allow exactly the connections the log observed as allowed, and nothing else, with the engine&apos;s proof.</source>
        <translation>恰好允许日志中观察到的允许连接、除此之外不允许任何连接的暂存策略，附引擎的证明。</translation>
    </message>
    <message>
        <source>(the host endpoints)</source>
        <translation>（主机端点）</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>工作负载</translation>
    </message>
    <message>
        <source>Service account</source>
        <translation>服务账号</translation>
    </message>
    <message>
        <source>&amp;Endpoints of:</source>
        <translation>端点所属(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation>层级(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;One policy per:</source>
        <translation>每个策略对应(&amp;O)：</translation>
    </message>
    <message>
        <source>Recommended policies</source>
        <translation>推荐的策略</translation>
    </message>
    <message>
        <source>Proof and report</source>
        <translation>证明和报告</translation>
    </message>
    <message>
        <source>Policies (YAML)</source>
        <translation>策略（YAML）</translation>
    </message>
    <message>
        <source>Proof</source>
        <translation>证明</translation>
    </message>
    <message>
        <source>Add the staged policies to the workspace (one undoable edit); they enforce nothing until they are made real</source>
        <translation>将这些暂存策略添加到工作区（一次可撤销的编辑）；在转为正式策略之前，它们不会生效</translation>
    </message>
    <message>
        <source>Reading the log, choosing selectors and proving…</source>
        <translation>正在读取日志、选择选择器并进行证明…</translation>
    </message>
    <message>
        <source>No recommendation: %1</source>
        <translation>无推荐：%1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>No policy to recommend: the log observed no allowed connection of these endpoints that a rule can name (see the proof).</source>
        <translation>无可推荐的策略：日志中没有观察到这些端点的、可由规则指明的允许连接（见证明）。</translation>
    </message>
    <message numerus="yes">
        <source>Proven: %n staged policy(ies); every observed allowed connection stays allowed and every denied one denied once they are enforced. They also allow %1 connection(s) the log did not observe (see the proof).</source>
        <translation>
            <numerusform>已证明：%n 个暂存策略；它们生效后，每个观察到的允许连接仍被允许，每个被拒绝的连接仍被拒绝。它们还允许 %1 个日志中未观察到的连接（见证明）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not proven: %n staged policy(ies), but some observed connection would change its verdict or a selector is not exact (see the proof).</source>
        <translation>
            <numerusform>未证明：%n 个暂存策略，但某些观察到的连接的判定会改变，或某个选择器不精确（见证明）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ps::Recovery</name>
    <message>
        <source>cannot create %1</source>
        <translation>无法创建 %1</translation>
    </message>
    <message>
        <source>cannot lock %1</source>
        <translation>无法锁定 %1</translation>
    </message>
    <message>
        <source>cannot read the recovery file %1</source>
        <translation>无法读取恢复文件 %1</translation>
    </message>
    <message>
        <source>Restore unsaved changes</source>
        <translation>恢复未保存的更改</translation>
    </message>
</context>
<context>
    <name>ps::RuleEditor</name>
    <message>
        <source>any</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>动作：</translation>
    </message>
    <message>
        <source>not:</source>
        <translation>排除：</translation>
    </message>
    <message>
        <source>Protocol:</source>
        <translation>协议：</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>IPv4</source>
        <translation>IPv4</translation>
    </message>
    <message>
        <source>IPv6</source>
        <translation>IPv6</translation>
    </message>
    <message>
        <source>IP version:</source>
        <translation>IP 版本：</translation>
    </message>
    <message>
        <source>type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>ICMP:</source>
        <translation>ICMP：</translation>
    </message>
    <message>
        <source>GET, POST</source>
        <translation>GET, POST</translation>
    </message>
    <message>
        <source>HTTP methods:</source>
        <translation>HTTP 方法：</translation>
    </message>
    <message>
        <source>HTTP paths:</source>
        <translation>HTTP 路径：</translation>
    </message>
    <message>
        <source>Annotations:</source>
        <translation>注解：</translation>
    </message>
</context>
<context>
    <name>ps::RuleListModel</name>
    <message>
        <source>not %1</source>
        <translation>非 %1</translation>
    </message>
    <message>
        <source>namespaces %1</source>
        <translation>命名空间 %1</translation>
    </message>
    <message>
        <source>accounts %1</source>
        <translation>账号 %1</translation>
    </message>
    <message>
        <source>service %1</source>
        <translation>服务 %1</translation>
    </message>
    <message>
        <source>ports %1</source>
        <translation>端口 %1</translation>
    </message>
    <message>
        <source>not ports %1</source>
        <translation>排除端口 %1</translation>
    </message>
    <message>
        <source>(no action)</source>
        <translation>（无动作）</translation>
    </message>
    <message>
        <source>IPv%1</source>
        <translation>IPv%1</translation>
    </message>
    <message>
        <source>type %1 code %2</source>
        <translation>类型 %1 代码 %2</translation>
    </message>
    <message>
        <source>type %1</source>
        <translation>类型 %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>来自 %1</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>发往 %1</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>everything</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1 — this rule matches all traffic: every peer, protocol and port</source>
        <translation>%1 — 此规则匹配所有流量：任意对端、协议和端口</translation>
    </message>
</context>
<context>
    <name>ps::SelectorEdit</name>
    <message>
        <source>column %1: %2</source>
        <translation>第 %1 列：%2</translation>
    </message>
</context>
<context>
    <name>ps::TracePanel</name>
    <message>
        <source>namespace/name, hep:name or an IP</source>
        <translation>命名空间/名称、hep:名称或 IP</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>来源(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>目标(&amp;T)：</translation>
    </message>
    <message>
        <source>Swap source and destination</source>
        <translation>交换来源和目标</translation>
    </message>
    <message>
        <source>A protocol name, or its number from 1 to 255</source>
        <translation>协议名称，或 1 到 255 的协议号</translation>
    </message>
    <message>
        <source>&amp;Protocol:</source>
        <translation>协议(&amp;P)：</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>端口(&amp;O)：</translation>
    </message>
    <message>
        <source>any</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>Destination port, 0 to 65535; empty for any</source>
        <translation>目标端口，0 到 65535；留空表示任意</translation>
    </message>
    <message>
        <source>ICMP type / code:</source>
        <translation>ICMP 类型 / 代码：</translation>
    </message>
    <message>
        <source>ICMP type</source>
        <translation>ICMP 类型</translation>
    </message>
    <message>
        <source>ICMP code</source>
        <translation>ICMP 代码</translation>
    </message>
    <message>
        <source>T&amp;race</source>
        <translation>追踪(&amp;R)</translation>
    </message>
    <message>
        <source>Trace the flow (Return)</source>
        <translation>追踪该流量（回车）</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Trace steps</source>
        <translation>追踪步骤</translation>
    </message>
    <message>
        <source>Choose a source and a destination, then Trace to see whether Calico allows the flow, and why.</source>
        <translation>选择来源和目标，然后点击“追踪”，查看 Calico 是否允许该流量及其原因。</translation>
    </message>
    <message>
        <source>Choose a source: an endpoint (namespace/name or hep:name) or an IP address.</source>
        <translation>请选择来源：端点（命名空间/名称或 hep:名称）或 IP 地址。</translation>
    </message>
    <message>
        <source>Choose a destination: an endpoint (namespace/name or hep:name) or an IP address.</source>
        <translation>请选择目标：端点（命名空间/名称或 hep:名称）或 IP 地址。</translation>
    </message>
    <message>
        <source>The port must be a whole number from 0 to 65535, not “%1”.</source>
        <translation>端口必须是 0 到 65535 之间的整数，而不是“%1”。</translation>
    </message>
    <message>
        <source>The workspace is still being analysed; the flow will be traced when it is ready.</source>
        <translation>工作区仍在分析中；分析完成后将追踪该流量。</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>允许</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Show the rule chain of %1 with this flow&apos;s path</source>
        <translation>显示 %1 的规则链及该流量的路径</translation>
    </message>
    <message>
        <source>%1 is outside the inventory: it has no rule chain</source>
        <translation>%1 不在清单中：它没有规则链</translation>
    </message>
    <message>
        <source>Show chain of %1</source>
        <translation>显示 %1 的规则链</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>允许</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>not evaluated</source>
        <translation>未评估</translation>
    </message>
    <message>
        <source>tier %1</source>
        <translation>层级 %1</translation>
    </message>
    <message>
        <source>rule %1</source>
        <translation>规则 %1</translation>
    </message>
    <message>
        <source>no policy step</source>
        <translation>没有策略步骤</translation>
    </message>
    <message>
        <source>Egress at the source %1</source>
        <translation>来源 %1 的出站</translation>
    </message>
    <message>
        <source>Ingress at the destination %1</source>
        <translation>目标 %1 的入站</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>阶段：%1</translation>
    </message>
    <message>
        <source>Forwarded through the host endpoint %1</source>
        <translation>经由主机端点 %1 转发</translation>
    </message>
    <message>
        <source>Unknown protocol “%1”: use %2 or a number from 1 to 255.</source>
        <translation>未知协议“%1”：请使用 %2 或 1 到 255 的数字。</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>配置文件</translation>
    </message>
    <message>
        <source>%1, any port (every port gets this verdict)</source>
        <translation>%1，任意端口（所有端口的判定相同）</translation>
    </message>
    <message>
        <source>The verdict depends on the port: %1. Enter a port, or trace one of these:</source>
        <translation>判定取决于端口：%1。请输入端口，或追踪以下端口之一：</translation>
    </message>
    <message>
        <source>Trace port: %1</source>
        <translation>追踪端口：%1</translation>
    </message>
    <message>
        <source>not forwarded</source>
        <translation>未转发</translation>
    </message>
    <message>
        <source>Via host endpoint</source>
        <translation>经由主机端点</translation>
    </message>
    <message>
        <source>The host endpoint (hep:name) the flow is forwarded through, whose forward policies it passes; empty when the flow is not forwarded through a host</source>
        <translation>转发该流量的主机端点（hep:名称），流量要经过其转发策略；流量不经主机转发时留空</translation>
    </message>
    <message>
        <source>&amp;Via:</source>
        <translation>经由(&amp;V)：</translation>
    </message>
</context>
<context>
    <name>ps::WorkspaceTreeModel</name>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>in evaluation order</source>
        <translation>按评估顺序</translation>
    </message>
    <message>
        <source>order %1, end of tier: %2</source>
        <translation>顺序 %1，层级结束：%2</translation>
    </message>
    <message>
        <source>not defined: referenced by a policy, treated as Deny</source>
        <translation>未定义：被策略引用，按 Deny 处理</translation>
    </message>
    <message numerus="yes">
        <source>Tier %1: %n policies</source>
        <translation>
            <numerusform>层级 %1：%n 个策略</numerusform>
        </translation>
    </message>
    <message>
        <source>order %1</source>
        <translation>顺序 %1</translation>
    </message>
    <message>
        <source>selects: all endpoints</source>
        <translation>选择：所有端点</translation>
    </message>
    <message>
        <source>selects: %1</source>
        <translation>选择：%1</translation>
    </message>
    <message>
        <source>staged: evaluated but not enforced</source>
        <translation>暂存：参与评估但不生效</translation>
    </message>
    <message>
        <source>Network sets</source>
        <translation>网络集</translation>
    </message>
    <message>
        <source>GlobalNetworkSet %1</source>
        <translation>GlobalNetworkSet %1</translation>
    </message>
    <message>
        <source>NetworkSet %1</source>
        <translation>NetworkSet %1</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>配置文件</translation>
    </message>
    <message>
        <source>%1 ingress, %2 egress rules</source>
        <translation>%1 条入站规则，%2 条出站规则</translation>
    </message>
    <message>
        <source>Host endpoints</source>
        <translation>主机端点</translation>
    </message>
    <message>
        <source>node %1, %2</source>
        <translation>节点 %1，%2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>tier %1</source>
        <translation>层级 %1</translation>
    </message>
    <message>
        <source>priority %1</source>
        <translation>优先级 %1</translation>
    </message>
    <message>
        <source>no priority</source>
        <translation>无优先级</translation>
    </message>
    <message>
        <source>Admin policies not enforced</source>
        <translation>未执行的管理策略</translation>
    </message>
    <message>
        <source>not enforced</source>
        <translation>未执行</translation>
    </message>
</context>
<context>
    <name>ps::YamlView</name>
    <message>
        <source>the text holds no policy</source>
        <translation>文本中没有策略</translation>
    </message>
    <message numerus="yes">
        <source>the text must hold exactly one GlobalNetworkPolicy or NetworkPolicy (it holds %n resources)</source>
        <translation>
            <numerusform>文本必须恰好包含一个 GlobalNetworkPolicy 或 NetworkPolicy（实际包含 %n 个资源）</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>第 %1 行，第 %2 列：%3</translation>
    </message>
    <message>
        <source>The form keeps the last valid policy until the YAML is fixed.</source>
        <translation>在 YAML 修正之前，表单保留最后一个有效的策略。</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
</context>
</TS>
