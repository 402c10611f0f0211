/** Load and memory runs of the web server (klaster serve): latency under concurrent clients, upload time, heap. */
package dev.klaster.bench.web;
