package org.garrison.patrols.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface RouteRepository extends JpaRepository<Route, Long>, JpaSpecificationExecutor<Route> {
}
