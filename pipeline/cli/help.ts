export const MAIN_HELP = `wortlaut — German news extraction: sentences, quotes and speakers, numbers, stance

Usage:
  wortlaut extract [options] <input…>   annotate articles, write JSON records
  wortlaut check [--update]             regression check of corpora/ against corpora/expected/
  wortlaut schema                       print the output JSON Schema
  wortlaut --help | --version

Run 'wortlaut <command> --help' for the options of a command.

Exit codes: 0 all documents done; 1 finished, but some documents failed (named on stderr);
2 usage or fatal error.
`;

export const EXTRACT_HELP = `Usage: wortlaut extract [options] <input…>

Annotates German news articles and writes one JSON record per article, in input order.

Inputs are files, directories (walked recursively, entries sorted by name, hidden ones
skipped; .txt, .jsonl and .jsonl.gz are read) or '-' for standard input. A .txt file is one
article (id = file name without extension); a .jsonl or .jsonl.gz file holds one article per
line: {"id": …, "text": …, …meta}. Everything is streamed: memory stays flat however large
the archive is.

Output (records in input order; data only on stdout, messages only on stderr):
  --jsonl                 one JSON record per line on stdout (the default)
  -o, --out FILE.jsonl    one record per line in FILE; FILE.jsonl.gz is gzip-compressed.
                          Written to FILE.partial (whole lines only) and renamed to FILE
                          when the run ends, so FILE is always complete.
  -o, --out DIR           one pretty-printed JSON file per article in DIR (<id>.json),
                          each written to a temporary name and renamed
  --resume                continue an interrupted run (kill -9 included) with the same
                          inputs and -o: records already complete in FILE.partial / FILE /
                          DIR are skipped, a record cut off by the crash is dropped and
                          redone; the result is byte-identical to an uninterrupted run
  --errors FILE           write every failed document to FILE as one JSON line
                          {id, source, stage, code, message} (rewritten on each run)

Input:
  --id-field NAME         JSONL field holding the document id   (default: id)
  --text-field NAME       JSONL field holding the article text  (default: text)
  --stdin-format F        auto | txt | jsonl: how to read '-'    (default: auto: JSONL
                          when the first character is '{', else one text article)
  --max-chars N           fail documents longer than N characters (default: 2000000)

Parallelism and sharding:
  -w, --workers N         worker threads for the pipeline (default: number of cores;
                          1 runs in-process). Each worker builds the pipeline once;
                          an input smaller than one batch runs in-process.
  --batch-size N          documents per task sent to a worker (default: 50)
  --timeout S             fail a document still running after S seconds and go on
                          (default: 120; needs worker threads, i.e. --workers ≥ 2)
  --shard K/N             process only shard K of N (K from 0): documents whose
                          FNV-1a-32 hash of the UTF-8 id, modulo N, is K. The N shards
                          together are exactly the archive, without overlap.
  --shard auto[/N]        take K from JOB_COMPLETION_INDEX (Kubernetes Indexed Job) or
                          AWS_BATCH_JOB_ARRAY_INDEX (AWS Batch array job), and N from
                          /N, WORTLAUT_SHARD_COUNT or AWS_BATCH_JOB_ARRAY_SIZE

Pipeline:
  --stages LIST           comma-separated stages to run (default: all, in order)

Progress (stderr):
  --progress MODE         auto | tty | plain | json | none (default: auto: a live line on
                          a terminal; a plain line every few seconds when stderr is not a
                          terminal or CI is set). json: one object per line with "event":
                          "progress", "failure" or "done", for orchestrators.
  --progress-interval S   seconds between plain/json progress lines (default: 5; the
                          live line is redrawn every 0.25 s or this, if shorter)
  -q, --quiet             no progress and no summary (failures are still named)
  -h, --help              this text

Failures: a document that breaks a stage, exceeds --max-chars or --timeout, crashes its
worker, is not text (binary), or an
invalid JSONL line (named by file and line number) is reported on stderr and in --errors;
the batch goes on. Exit codes: 0 all documents done; 1 finished, some documents failed;
2 usage or fatal error; 130/143 stopped by SIGINT/SIGTERM (continue with --resume).

Examples:
  wortlaut extract corpora/*.txt -o output
  wortlaut extract --jsonl archive.jsonl.gz > records.jsonl
  wortlaut extract articles/ -o records.jsonl.gz --errors failed.jsonl --workers 8
  wortlaut extract archive.jsonl.gz -o records.jsonl --resume      # after a crash or kill
  wortlaut extract archive/ --shard 3/16 -o out/shard-3.jsonl.gz   # machine 4 of 16
  wortlaut extract /data/archive --shard auto -o /data/out/shard-$JOB_COMPLETION_INDEX.jsonl.gz
  cat article.txt | wortlaut extract -
  zcat feed.jsonl.gz | wortlaut extract --stdin-format jsonl - --progress json
  wortlaut extract --text-field body --id-field uuid feed.jsonl
`;

export const CHECK_HELP = `Usage: wortlaut check [options]

Runs the pipeline over the sample corpus and compares every layer of every record with the
committed expected output, printing what appeared, what vanished and what moved.

  --corpus DIR      folder with sample texts        (default: corpora)
  --expected DIR    folder with expected records    (default: <corpus>/expected)
  --update          rewrite the expected records from the current output
  -h, --help        this text

Exit codes: 0 no difference; 1 differences found; 2 usage or fatal error.
`;
