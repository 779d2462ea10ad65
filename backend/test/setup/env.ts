// Quiet, deterministic handler environment for every test file.
process.env.POWERTOOLS_LOG_LEVEL = 'SILENT';
process.env.AWS_LAMBDA_LOG_LEVEL = 'SILENT';
process.env.POWERTOOLS_METRICS_DISABLED = 'true';
process.env.POWERTOOLS_TRACE_ENABLED = 'false';
// Lambda runs Node 22; these machines run Node 20, which the SDK still supports but warns about.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
