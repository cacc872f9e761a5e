;;; journey-eglot.el --- journey lsp for journey files, through eglot  -*- lexical-binding: t; -*-

;; Emacs 29 (eglot built in; or the eglot package on Emacs 26-28) with yaml-mode (the
;; elpa-yaml-mode package on Debian, or from MELPA). Load this file from your init file:
;;   (load "/path/to/journey/editors/emacs/journey-eglot.el")
;; `journey' must be on `exec-path'. Journey files open in journey-yaml-mode and start
;; `journey lsp': flymake shows lint findings as you type; completion-at-point, eldoc (hover),
;; xref (definition, references), eglot-rename and eglot-code-actions work on them.

;;; Code:

(require 'yaml-mode)

(define-derived-mode journey-yaml-mode yaml-mode "Journey"
  "YAML mode for customer journey maps, with `journey lsp'.")

(add-to-list 'auto-mode-alist '("\\.journey\\.ya?ml\\'" . journey-yaml-mode))

(with-eval-after-load 'eglot
  (add-to-list 'eglot-server-programs '(journey-yaml-mode . ("journey" "lsp"))))

(add-hook 'journey-yaml-mode-hook #'eglot-ensure)

(provide 'journey-eglot)
;;; journey-eglot.el ends here
