// First: it sets how V8 sizes its heap, before the rest of the program allocates.
import './young-generation.js'
import { run } from './main.js'

await run()
