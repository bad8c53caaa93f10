/*
 * The floor for loading a YAML file: libyaml's event parser over the whole file, every event
 * parsed and deleted, nothing built. vendorscore's load time is compared against this.
 *
 *   cc -O2 -o yaml-baseline Benchmarks/yaml-baseline.c -lyaml
 *   ./yaml-baseline bench-data/bids.yaml        # prints the number of events
 */
#include <stdio.h>
#include <stdlib.h>
#include <yaml.h>

int main(int argc, char **argv) {
    if (argc != 2) {
        fprintf(stderr, "usage: %s FILE.yaml\n", argv[0]);
        return 2;
    }
    FILE *file = fopen(argv[1], "rb");
    if (file == NULL) {
        perror(argv[1]);
        return 1;
    }
    /* Read the whole file first, as vendorscore does, so both include the same I/O. */
    fseek(file, 0, SEEK_END);
    long size = ftell(file);
    fseek(file, 0, SEEK_SET);
    unsigned char *buffer = malloc(size > 0 ? (size_t)size : 1);
    if (buffer == NULL || fread(buffer, 1, (size_t)size, file) != (size_t)size) {
        fprintf(stderr, "%s: cannot read\n", argv[1]);
        return 1;
    }
    fclose(file);

    yaml_parser_t parser;
    if (!yaml_parser_initialize(&parser)) {
        fprintf(stderr, "cannot initialise libyaml\n");
        return 1;
    }
    yaml_parser_set_input_string(&parser, buffer, (size_t)size);
    unsigned long events = 0;
    int done = 0;
    while (!done) {
        yaml_event_t event;
        if (!yaml_parser_parse(&parser, &event)) {
            fprintf(stderr, "%s:%lu:%lu: %s\n", argv[1], (unsigned long)parser.problem_mark.line + 1,
                    (unsigned long)parser.problem_mark.column + 1, parser.problem ? parser.problem : "parse error");
            yaml_parser_delete(&parser);
            return 1;
        }
        done = event.type == YAML_STREAM_END_EVENT;
        events++;
        yaml_event_delete(&event);
    }
    yaml_parser_delete(&parser);
    free(buffer);
    printf("%lu events\n", events);
    return 0;
}
