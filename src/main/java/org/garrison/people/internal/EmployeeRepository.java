package org.garrison.people.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface EmployeeRepository extends JpaRepository<Employee, Long>, JpaSpecificationExecutor<Employee> {

    Optional<Employee> findByUserId(long userId);

    /** The employee id of an account, without loading the employee (asked on every clock-in upload). */
    @Query("select e.id from Employee e where e.userId = ?1")
    Optional<Long> idOfUser(long userId);

    boolean existsByResidentId(String residentId);

    Optional<Employee> findByResidentId(String residentId);

}
