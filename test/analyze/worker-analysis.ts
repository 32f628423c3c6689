/** Worker-thread entry for the nlp singleton test: analyses the text it is given and posts the result. */
import { parentPort, workerData } from 'node:worker_threads';
import { analyzeText } from '../../src/analyze/analyze-text.js';

const { text } = workerData as { text: string };
const analysis = analyzeText(text);
parentPort?.postMessage({ sentences: analysis.sentences, providers: analysis.facts.providers.map((f) => f.value) });
