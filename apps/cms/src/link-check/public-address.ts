import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

/**
 * The CMS asks the addresses editors write: without a guard, a link to http://127.0.0.1:5432/ or
 * to a cloud metadata address would make it probe its own network and tell the status back. Hosts
 * that resolve to a private, loopback or link-local address are not asked (unless
 * LINK_CHECK_ALLOW_PRIVATE=true: the tests' local servers). Checked before each hop, redirects included.
 */
const internal = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.168.0.0', 16],
] as const)
  internal.addSubnet(network, prefix, 'ipv4');
for (const [network, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
] as const)
  internal.addSubnet(network, prefix, 'ipv6');

const isInternal = (address: string): boolean => {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  if (mapped) return internal.check(mapped, 'ipv4');
  return internal.check(address, isIP(address) === 6 ? 'ipv6' : 'ipv4');
};

/** Whether the URL's host is on the public internet; an unknown host is left to the request to fail. */
export const isPublicHost = async (url: string): Promise<boolean> => {
  const host = new URL(url).hostname.replace(/^\[|\]$/g, '');
  if (isIP(host)) return !isInternal(host);
  try {
    return !(await lookup(host, { all: true })).some(({ address }) => isInternal(address));
  } catch {
    return true;
  }
};
