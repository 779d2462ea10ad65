export { readCsv, sniffDelimiter } from './csv-table';
export {
  MAX_IMPORT_READINGS,
  type FileReading,
  type ImportLayout,
  type ReadingFile,
  type ReadingFileResult,
  readReadingFile,
} from './reading-file';
export {
  MAX_IMPORT_TESTS,
  type ExistingTest,
  type ImportCatalogue,
  type ImportElement,
  type ImportPlan,
  type ImportRules,
  type PlannedTest,
  type PreviewRow,
  planImport,
  repeatedIn,
  withoutTest,
} from './import-plan';
