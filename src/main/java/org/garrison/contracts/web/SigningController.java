package org.garrison.contracts.web;

import static org.garrison.contracts.web.ContractController.scope;


import jakarta.validation.Valid;

import org.garrison.contracts.internal.ContractQueries;
import org.garrison.contracts.internal.Signing;
import org.garrison.contracts.internal.Signing.SignRequest;
import org.garrison.documents.Upload;
import org.garrison.organisation.OrganisationManagement;
import org.garrison.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Signing a negotiated contract: terms, rights and obligations, and the signed file. */
@Controller
class SigningController {

    private final ContractQueries queries;

    private final Signing signing;

    private final OrganisationManagement organisation;

    SigningController(ContractQueries queries, Signing signing, OrganisationManagement organisation) {
        this.queries = queries;
        this.signing = signing;
        this.organisation = organisation;
    }

    @GetMapping("/contracts/{id}/sign")
    @PreAuthorize("hasAuthority('CONTRACTS_SIGN')")
    String signForm(@PathVariable long id, Model model) {
        var contract = queries.get(scope(), id);
        var latest = queries.latest(scope(), id).orElse(null);
        var form = SignForm.blank(latest == null ? null : latest.getNumber(), contract.getWantedFrom(),
                contract.getWantedTo(), null);
        model.addAttribute("form", form);
        return form(model, id);
    }

    @PostMapping("/contracts/{id}/sign")
    @PreAuthorize("hasAuthority('CONTRACTS_SIGN')")
    String sign(@PathVariable long id, @Valid @ModelAttribute("form") SignForm form, BindingResult errors,
            @RequestParam(name = "file", required = false) @Nullable MultipartFile file, Model model,
            RedirectAttributes redirect) {
        queries.get(scope(), id);
        if (errors.hasErrors()) {
            return form(model, id);
        }
        try {
            signing.sign(scope(), id, new SignRequest(java.util.Objects.requireNonNull(form.version()), form.terms(),
                    java.util.Objects.requireNonNull(form.branchId()), upload(file)));
        }
        catch (DomainException ex) {
            errors.reject(ex.messageKey(), ex.arguments(), null);
            return form(model, id);
        }
        redirect.addFlashAttribute("flash", "contract.signed");
        return "redirect:/contracts/" + id;
    }

    private static @Nullable Upload upload(@Nullable MultipartFile file) {
        if (file == null || file.isEmpty()) {
            return null;
        }
        return new Upload(file.getOriginalFilename() == null ? "contract" : file.getOriginalFilename(),
                file.getContentType() == null ? "application/octet-stream" : file.getContentType(), file.getSize(), file);
    }

    private String form(Model model, long id) {
        model.addAttribute("contract", queries.get(scope(), id));
        model.addAttribute("versions", queries.versions(scope(), id));
        model.addAttribute("branches", organisation.branchNames());
        return "contracts/sign-form";
    }

}
