package org.garrison.people.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface EmployeeRepository extends JpaRepository<Employee, Long>, JpaSpecificationExecutor<Employee>, EmployeeIdsOfUsers {

    Optional<Employee> findByUserId(long userId);

    boolean existsByResidentId(String residentId);

    Optional<Employee> findByResidentId(String residentId);

}
