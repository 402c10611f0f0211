# spdep on the same work as dev.klaster.bench.spatial.SpatialRun: LISA (localmoran_perm) and local G*
# (localG_perm) with 999 conditional permutations on a 140 x 140 rook lattice, row-standardised weights.
suppressPackageStartupMessages(library(spdep))
side <- 140
i <- rep(0:(side - 1), each = side); j <- rep(0:(side - 1), times = side)
set.seed(42)
y <- 10 + 3 * sin(i / 15) * cos(j / 11) + rnorm(side * side)
nb <- cell2nb(side, side, type = "rook")
lw <- nb2listw(nb, style = "W")
cat(sprintf("spdep %s, R %s\n", as.character(packageVersion("spdep")), getRversion()))
t <- system.time(l <- localmoran_perm(y, lw, nsim = 999, iseed = 1))
cat(sprintf("spdep localmoran_perm 999, %d areas: %.2f s elapsed\n", length(y), t[["elapsed"]]))
lws <- nb2listw(include.self(nb), style = "W")
t <- system.time(g <- localG_perm(y, lws, nsim = 999, iseed = 1))
cat(sprintf("spdep localG_perm (G*) 999, %d areas: %.2f s elapsed\n", length(y), t[["elapsed"]]))
