// A plain description of the person's device and browser, for the case summary. Shown to the
// person before it is included; never sent anywhere by the assistant.

export interface Device {
  system: string | null;
  browser: string | null;
}

const SYSTEMS: [RegExp, string][] = [
  [/iPhone/, 'iPhone'],
  [/iPad/, 'iPad'],
  [/Android/, 'Android'],
  [/CrOS/, 'Chromebook'],
  [/Windows/, 'Windows'],
  [/Macintosh|Mac OS X/, 'Mac'],
  [/Linux/, 'Linux'],
];

// Order matters: Edge and Samsung Internet also say "Chrome"; Chrome also says "Safari".
const BROWSERS: [RegExp, string][] = [
  [/Edg(e|A|iOS)?\//, 'Edge'],
  [/SamsungBrowser\//, 'Samsung Internet'],
  [/OPR\//, 'Opera'],
  [/Firefox\/|FxiOS\//, 'Firefox'],
  [/Chrome\/|CriOS\//, 'Chrome'],
  [/Version\/[\d.]+.*Safari\//, 'Safari'],
];

export function describeDevice(userAgent: string): Device {
  return {
    system: SYSTEMS.find(([pattern]) => pattern.test(userAgent))?.[1] ?? null,
    browser: BROWSERS.find(([pattern]) => pattern.test(userAgent))?.[1] ?? null,
  };
}

export function deviceLabel(device: Device): string {
  return [device.system, device.browser].filter(Boolean).join(', ');
}
