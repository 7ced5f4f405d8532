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

Inputs are files, directories (searched recursively for .txt, .jsonl, .jsonl.gz) or '-' for
standard input. A .txt file is one article (id = file name without extension); a .jsonl or
.jsonl.gz file holds one article per line: {"id": …, "text": …, …meta}.

Output (records in input order):
  --jsonl               one JSON record per line on stdout (the default)
  -o, --out DIR         one pretty-printed JSON file per article in DIR (<id>.json)

Input:
  --id-field NAME       JSONL field holding the document id   (default: id)
  --text-field NAME     JSONL field holding the article text  (default: text)
  --stdin-format F      auto | txt | jsonl: how to read '-'    (default: auto)
  --max-chars N         refuse documents longer than N characters (default: 2000000)

Pipeline:
  --stages LIST         comma-separated stages to run (default: all, in order)

Messages:
  -q, --quiet           no progress lines on stderr (failures are still reported)
  -h, --help            this text

Examples:
  wortlaut extract corpora -o output
  wortlaut extract --jsonl archive.jsonl.gz > records.jsonl
  cat article.txt | wortlaut extract -
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
