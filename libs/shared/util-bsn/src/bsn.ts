import { createHmac } from 'node:crypto';

/**
 * Burgerservicenummer check: nine digits that pass the elfproef
 * (9*d1 + 8*d2 + ... + 2*d8 - 1*d9) mod 11 == 0, and not all zeros.
 * (Wet algemene bepalingen burgerservicenummer; Logius BSN-specificatie.)
 */
export function isGeldigBsn(value: string): boolean {
  if (!/^\d{9}$/.test(value) || value === '000000000') {
    return false;
  }
  let som = 0;
  for (let i = 0; i < 8; i += 1) {
    som += Number(value[i]) * (9 - i);
  }
  som -= Number(value[8]);
  return som % 11 === 0;
}

/**
 * Keyed pseudonym of a BSN (HMAC-SHA256, hex). Used as the person key in events, partition
 * keys, logs and the audit log, where the full BSN is not needed (architecture: "logs and events
 * use a keyed pseudonym"). The same key gives the same pseudonym in every service, so an auditor
 * can find all records about one person.
 */
export function pseudonimiseerBsn(bsn: string, key: string): string {
  return createHmac('sha256', key).update(`bsn:${bsn}`).digest('hex');
}
