package org.garrison.people.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface CertificateRepository extends JpaRepository<Certificate, Long>, JpaSpecificationExecutor<Certificate> {

    List<Certificate> findByEmployeeIdOrderByKindAscIssuedOnDesc(long employeeId);

    List<Certificate> findByEmployeeIdInOrderByKindAscIssuedOnDesc(Collection<Long> employeeIds);

    /** Certificates whose expiry falls on or before a day, for reminders and lapses. */
    List<Certificate> findByExpiresOnLessThanEqualAndLapsedFalse(LocalDate day);

}
