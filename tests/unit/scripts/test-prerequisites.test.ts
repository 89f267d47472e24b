import { describe, expect, it } from 'vitest';
import { installCommand, prerequisites } from '@/scripts/test-prerequisites';

describe('test prerequisites', () => {
  it('names the Debian package of every program the end-to-end tests need', () => {
    expect(prerequisites.map((p) => p.debianPackage)).toEqual([
      'chromium',
      'redis-server',
      'default-jre-headless',
      'libxml2-utils',
    ]);
  });

  it('gives one command that installs exactly what is missing, with sudo unless root', () => {
    const missing = prerequisites.filter((p) => p.debianPackage === 'chromium' || p.debianPackage === 'libxml2-utils');
    expect(installCommand(missing, true)).toBe('apt-get update && apt-get install -y chromium libxml2-utils');
    expect(installCommand(missing, false)).toBe(
      'sudo apt-get update && sudo apt-get install -y chromium libxml2-utils',
    );
  });
});
