import type { LabLayout } from '../lab-report-parser';

/** Triton: English report, decimal points, ISO dates, "< x" for what it cannot detect. */
export const TRITON_LAYOUT: LabLayout = {
  lab: 'TRITON',
  decimal: 'point',
  dateOrder: 'dmy',
  labels: {
    analysisNumber: ['Analysis ID', 'Analysis number', 'Analysis no.'],
    sampleDate: ['Date of sampling', 'Sample date', 'Sampling date'],
    tankName: ['Aquarium', 'Tank'],
    volume: ['Volume', 'Tank volume'],
  },
};
